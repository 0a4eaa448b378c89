const mk = (): { a: number } => ({ a: 1 });
const pred = (x: unknown): x is number => typeof x === "number";
console.log(mk(), pred(1), pred("1"));
