type T1 = [number, string];
type T2 = [a: number, b?: string, ...rest: boolean[]];
type T3 = readonly [1, 2];
const t: T1 = [1, "x"];
const t2: T2 = [1];
console.log(t, t2);
