function id<T>(x: T): T { return x; }
function pair<A, B>(a: A, b: B): [A, B] { return [a, b]; }
console.log(id<number>(1), pair<string, number>("a", 2), id<Array<Array<number>>>([[1]]));
