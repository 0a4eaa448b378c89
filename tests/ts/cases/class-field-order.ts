class C {
  x = (console.log("x init"), 1);
  constructor(public p: number) { console.log("ctor", this.x, this.p); }
  y = (console.log("y init", this.p), 2);
}
const c = new C(7);
console.log(Object.keys(c));
