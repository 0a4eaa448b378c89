function first<T extends { length: number }>(xs: T): number { return xs.length; }
async function* gen<T>(xs: T[]): AsyncGenerator<T, void, unknown> { for (const x of xs) yield x; }
function* g2<T>(x: T): Generator<T> { yield x; }
(async () => { for await (const x of gen([1, 2])) console.log(x); console.log(first("abc"), [...g2(9)]); })();
