class A { a?: number; b?(): void; c!: string; m?() { return 1; } }
const a = new A();
console.log(Object.keys(a), typeof a.m);
