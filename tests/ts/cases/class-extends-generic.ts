class Base<T> { constructor(public v: T) {} }
class Derived extends Base<number> implements Object { double() { return this.v * 2; } }
class Mixed extends (Base as new (v: string) => Base<string>) {}
console.log(new Derived(4).double(), new Mixed("m").v);
