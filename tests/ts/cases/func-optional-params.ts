function f(a?: number, b?: string): string { return `${a}-${b}`; }
console.log(f(), f(1), f(1, "x"));
