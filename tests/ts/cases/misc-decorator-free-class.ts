class A { static create<T extends A>(this: new () => T): T { return new this(); } }
class B extends A { b = 1; }
console.log(B.create().b);
