const f = <T = string,>(x: T) => typeof x;
const g = <T extends unknown[] = []>(...x: T) => x.length;
console.log(f(1), g(1, 2));
