const id = <T>(x: T): T => x;
const pair = <A, B extends object>(a: A, b: B) => [a, b];
const asyncId = async <T>(x: T): Promise<T> => x;
console.log(id(1), pair(1, {}));
asyncId("a").then(console.log);
