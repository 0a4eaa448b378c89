const f = async (x: number): Promise<number> => { await null; return x * 2; };
const g = async function <T>(x: T): Promise<T> { return x; };
f(2).then(v => console.log("f", v));
g("g").then(v => console.log("g", v));
