type F = (a: number, b?: string, ...rest: boolean[]) => void;
type G = new (x: number) => object;
type H = abstract new () => object;
type I = <T>(x: T) => T;
const f: F = (a, b, ...rest) => console.log(a, b, rest);
const id: I = (x) => x;
f(1, "b", true);
console.log(id(7));
