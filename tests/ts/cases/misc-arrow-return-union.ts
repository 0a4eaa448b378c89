const f = (x: number): string | number => x > 0 ? "pos" : x;
const g = (): (() => void) => () => {};
console.log(f(1), f(-1), typeof g());
