const xs = [3, 1, 2].sort((a: number, b: number): number => a - b);
const mapped = xs.map((x: number, i?: number) => x * (i ?? 0));
console.log(xs, mapped);
