const flag = true;
const a = flag ? (1) : 2;
const b = flag ? (x: number) => x : null;
const c = flag ? (x: number): number => x * 2 : (x: number) => x;
console.log(a, b && b(3), c(4));
