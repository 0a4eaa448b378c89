class C { map<T, U>(xs: T[], f: (x: T) => U): U[] { return xs.map(f); } static of<T>(x: T): T[] { return [x]; } }
console.log(new C().map<number, string>([1], String), C.of<number>(2));
