const K = class<T> implements Object { v?: T; constructor(v: T) { this.v = v; } };
console.log(new K(3).v);
