function f(this: { n: number }, add: number) { return this.n + add; }
console.log(f.call({ n: 1 }, 2));
