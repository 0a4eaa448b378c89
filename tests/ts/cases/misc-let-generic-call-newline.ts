function f<T>(x?: T) { return "f:" + x; }
const a = f
<number>(1);
console.log(a);
