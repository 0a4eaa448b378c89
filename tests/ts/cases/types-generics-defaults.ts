interface Box<T = string, U extends T = T> { v: T; u?: U }
function box<const T extends readonly unknown[]>(...xs: T): T { return xs; }
class C<in out T> { constructor(public v: T) {} }
console.log(box(1, 2), new C(3).v);
