const o = { id<T>(x: T): T { return x; }, async am<T>(x: T) { return x; }, *g<T>(x: T) { yield x; }, get v(): number { return 1; } };
console.log(o.id(1), [...o.g(2)], o.v);
o.am(3).then(console.log);
