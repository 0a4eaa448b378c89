class B { constructor(public base: string) { console.log("B ctor", base); } }
class D extends B {
  constructor(public own: number, other: string) {
    console.log("before super");
    super(other);
    console.log("after super", this.own);
  }
}
const d = new D(5, "o");
console.log(d.own, d.base, Object.keys(d));
