class C { constructor(public readonly a: number = 10, public b = [1]) {} }
const c = new C();
console.log(c.a, c.b);
