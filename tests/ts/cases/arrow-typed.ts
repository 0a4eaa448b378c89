const add = (a: number, b: number): number => a + b;
const opt = (a?: number, b: number = 2) => (a ?? 0) + b;
const rest = (...xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const destr = ({ a, b }: { a: number; b: number }, [c]: number[]): number => a + b + c;
console.log(add(1, 2), opt(), opt(1, 5), rest(1, 2, 3), destr({ a: 1, b: 2 }, [3]));
