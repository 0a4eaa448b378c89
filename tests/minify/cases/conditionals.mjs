// `!a ? b : c` prints as `a ? c : b`: a runs once, the same branch runs, for every kind of value.
const log = [];
let reads = 0;
const o = { get v() { reads++; return this.x; }, x: 0 };
for (const x of [0, -0, 1, '', 'a', null, undefined, NaN, [], {}, 0n, 1n]) {
  o.x = x;
  log.push(!o.v ? 'falsy' : 'truthy', !!o.v ? 'truthy' : 'falsy');
}
log.push(reads);
let count = 0;
const side = () => (count++, log.push('test'), count % 2);
const branch = (name) => (log.push(name), name);
log.push(!side() ? branch('a') : branch('b'), !side() ? branch('c') : branch('d'));
// Nested and in other operators: precedence around the dropped `!`.
const f = (a, b) => (!a ? (!b ? 1 : 2) : !b ? 3 : 4);
log.push(f(0, 0), f(0, 1), f(1, 0), f(1, 1));
const g = (a, b) => (!(a && b) ? 'not both' : 'both') + (!(a || b) ? ' none' : ' some');
log.push(g(1, 0), g(1, 1), g(0, 0));
log.push(!(1, 0) ? 'seq falsy' : 'seq truthy', !(o.x = 0) ? 'assign falsy' : 'assign truthy');
// At the start of a statement: the function or class must keep its parentheses.
!function () { return 0; }() ? log.push('fn falsy') : log.push('fn truthy');
!class {}.name ? log.push('class falsy') : log.push('class truthy');
!{}.x ? log.push('object falsy') : log.push('object truthy');
function h(x) {
  !function () { return x; }() ? log.push('h falsy') : log.push('h truthy');
}
h(0), h(1);
for (const k of [!('a' in o) ? 'no a' : 'a', !('x' in o) ? 'no x' : 'x']) log.push(k);
// `x ? x : y` is `x || y`, `x ? y : x` is `x && y` for a declared x; y runs only when picked.
const pickOr = (x) => (x ? x : branch('or'));
const pickAnd = (x) => (x ? branch('and') : x);
for (const v of [0, -0, NaN, '', null, undefined, 1, 'a', {}]) log.push(String(pickOr(v)), String(pickAnd(v)));
let g2 = 0;
const globalRead = () => (globalThis.maybe ? globalThis.maybe : 'none');
log.push(globalRead(), g2 ? g2 : 'zero');
// `a ? true : false` is `!!a` (`a` for a comparison), `a ? false : true` is `!a`.
const values = [0, -0, NaN, '', null, undefined, 1, 'a', {}, 0n];
for (const v of values) log.push(v ? true : false, v ? false : true, v > 0 ? true : false, 1 + (v ? !0 : !1));
let evaluated = 0;
log.push((evaluated++, evaluated) ? true : false, evaluated, typeof (side() ? false : true));
console.log(log.join('\n'));
