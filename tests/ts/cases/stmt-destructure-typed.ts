const { a, b }: { a: number; b: string } = { a: 1, b: "b" };
const [c, d]: [number, number] = [3, 4];
let { e = 5 }: { e?: number } = {};
console.log(a, b, c, d, e);
