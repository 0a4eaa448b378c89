// Names: shadowing, closures, classes, TDZ, labels, catch, arguments-like names.
let shared = 'top';
function outer(a, b) {
  const inner = (c) => a + b + c + shared;
  {
    let shared = 'block';
    var fromBlock = shared;
  }
  class Point {
    constructor(x) { this.x = x; }
    static make(x) { return new Point(x); }
    get double() { return this.x * 2; }
  }
  const Named = class Self { static who() { return Self === Named; } };
  return [inner(1), fromBlock, Point.make(4).double, Named.who(), typeof Self];
}
console.log(outer(1, 2));
function tdz() {
  try { use(); } catch (e) { return e instanceof ReferenceError; }
  let value = 1;
  function use() { return value; }
}
console.log(tdz());
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('loop', i, j);
  }
}
try { throw new Error('boom'); } catch ({ message }) { console.log(message); }
function many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc, dd, ee, ff, gg, hh, ii, jj, kk, ll, mm, nn, oo, pp, qq, rr, ss, tt, uu, vv, ww, xx, yy, zz, a1, b1) {
  return [a, z, aa, zz, a1, b1].join();
}
console.log(many(...Array.from({ length: 54 }, (_, i) => i)));
const { length, 0: first, ...rest } = ['x', 'y'];
console.log(length, first, rest, ({ shared }).shared);
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
const fib = function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2); };
console.log(fact(5), fib(10));
export const exported = 1;
function constWrite() {
  const fixed = 1;
  try { fixed = 2; } catch (e) { return e instanceof TypeError; }
  return false;
}
console.log(constWrite(), exported);
for (const v of [1, 2]) { const w = v * 2; console.log(w); }
const fns = [];
for (const k in { a: 1, b: 2 }) fns.push(() => k);
console.log(fns.map((f) => f()).join());
