type M = Map<string, Map<string, Array<number>>>;
const m: Map<string, Map<string, Array<number>>> = new Map<string, Map<string, Array<number>>>();
const x = 256 >> 2, y = -1 >>> 28, z = 1 << 3;
let q = 64; q >>= 1; q >>>= 1;
console.log(m.size, x, y, z, q);
