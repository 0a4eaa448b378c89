function make<T>(x: T) { return [x]; }
const makeNum = make<number>;
const m = new Map<string, number>();
m.set("a", 1);
console.log(makeNum(3), m.get("a"), new Array<number>(3).length);
