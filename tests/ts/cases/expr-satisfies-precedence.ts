const a = 1 + 2 as number;
const b = (x => x) satisfies (x: number) => number;
const c = true ? 1 as number : 2;
console.log(a, b(3), c);
