// Statements joined into sequences: `a(); b();` is `a(), b();`, `a(); return b;` is
// `return a(), b;`, blocks of expressions lose their braces, and `if` chains become `?:`.
const log = [];
const t = (label, v) => (log.push(label), v);
let count = 0;
t('one'); t('two'); count++; count += 2;
log.push(count);
function ret(x) { t('r1', x); t('r2', x); return t('r3', x) + 1; }
log.push(ret(1));
function thrower(x) { t('th1', x); throw t('th2', new Error('boom ' + x)); }
try { thrower(2); } catch (e) { log.push(e.message); }
function noValue(x) { t('nv', x); return; }
log.push(noValue(3));
function loops() {
  let s = 0;
  for (let i = 0; i < 3; i++) { s += i; t('loop', i); }
  let j = 0;
  while (j < 2) { j++; s *= 2; }
  do { j--; s++; } while (j > 0);
  return s;
}
log.push(loops());
function chain(s) {
  let a, b;
  if (s === 'x') { a = 1; b = 2; } else if (s === 'y') { a = 3; b = 4; } else if (s === 'z') a = 5; else { a = 6; b = 7; }
  return [a, b];
}
log.push(chain('x'), chain('y'), chain('z'), chain('w'));
function nested(x, y) {
  if (x) { t('x', x); if (y) t('y', y); else t('not y', y); } else if (!y) t('neither', 0);
  if (x) { t('return-block', x); return t('value', x); }
  return 'end';
}
log.push(nested(1, 0), nested(0, 0), nested(1, 1), nested(0, 1));
// An arrow body and a value used after the statement
const arrow = (x) => { t('arrow', x); return x * 2; };
log.push(arrow(4));
// A string statement after another is not a directive either way.
function strings() { t('s'); 'not a directive'; return this === undefined; }
log.push(strings());
// Generators: yield in a sequence.
function* gen() { yield 1; yield 2; return 3; }
log.push([...gen()].join());
// Labels and blocks that scope a declaration keep their braces.
outer: for (const k of [1, 2]) { if (k === 2) { t('break', k); break outer; } t('k', k); }
{ let scoped = t('scoped', 5); log.push(scoped); }
// The comma operator already in the source.
function comma(x) { (t('c1', x), t('c2', x)); return (t('c3', x), x); }
log.push(comma(9));
console.log(log.join('\n'));
// Returning ifs join the return after them: `return a ? b : c ? d : e`.
function grade(n) {
  if (n > 90) return t('A', 'A');
  t('between', n);
  if (!(n > 50)) return t('C', 'C');
  if (n === 70) { t('seventy', n); return 'S'; }
  return t('B', 'B');
}
log.length = 0;
log.push(grade(95), grade(10), grade(70), grade(60));
// `if (a) return; rest` at the end of a function is `if (!a) { rest }` or `a || rest`.
function guard(x, y) {
  if (x === undefined) return;
  t('guard1', x);
  if (!y) return void 0;
  var inner = x + y;
  for (let i = 0; i < 2; i++) t('loop', inner + i);
  return;
}
guard(); guard(1); guard(1, 2);
function guardExpr(x) { if (x != null) return; t('null', x); t('again', x); }
guardExpr(1); guardExpr(null);
// Hoisted functions before a guard still see what comes after it.
function hoisted(x) {
  function read() { return typeof later; }
  if (x) return;
  log.push(read());
  var later = 1;
}
hoisted(0); hoisted(1);
class Base { constructor() { this.v = 1; } }
class Derived extends Base { constructor(x) { super(); if (x) return; this.w = 2; } }
log.push(JSON.stringify(new Derived(0)), JSON.stringify(new Derived(1)));
function* gen2(x) { if (x) return; yield 1; }
log.push([...gen2(0)].length, [...gen2(1)].length);
// `new X()` is `new X`, except before a member or call.
class Box { constructor() { this.n = 3; } get m() { return this.n; } }
const boxes = [new Box(), new Box().m, new (class { constructor() { this.k = 4; } })().k];
log.push(boxes[0].n, boxes[1], boxes[2], typeof new Box);
function Maker() { return function Inner() { this.z = 5; }; }
log.push(new (Maker())().z, new new Function('this.q = 6')().q);
// Infinity is 1/0; a local named Infinity is left alone.
log.push(Infinity, -Infinity, +Infinity, 1 / Infinity, -1 / -Infinity, 2 ** -Infinity, Object.is(-Infinity * 0, NaN));
log.push(typeof Infinity, [Infinity].indexOf(1 / 0), Infinity.toString(), -Infinity < 0);
{ const Infinity = 3; log.push(Infinity); }
// `{ a: a }` is `{ a }`; `__proto__` and computed keys keep their form.
const a = 1, __proto__ = { inherited: true }, key = 'k';
const o = { a: a, __proto__: __proto__, [key]: key, key: key };
log.push(JSON.stringify(o), o.inherited, Object.getPrototypeOf(o) === __proto__);
const { a: a2, key: key2 } = { a: 7, key: 8 };
let a3, key3;
({ a: a3, key: key3 } = { a: 9, key: 10 });
log.push(a2, key2, a3, key3);
// else-if chains that are expressions.
function kind(x) {
  let r;
  if (typeof x === 'string') { r = 's'; } else if (typeof x === 'number') r = 'n'; else if (x) r = 'o'; else r = '?';
  if (x === 1) { t('one'); r += '1'; } else if (x === 2) { t('two'); r += '2'; }
  return r;
}
log.push(kind('a'), kind(1), kind(2), kind({}), kind(null));
// `if (a) continue; rest` at the end of a loop body.
function skips(list) {
  const out = [];
  for (const x of list) { if (x % 2) continue; out.push(x); t('even', x); }
  for (let i = 0; i < list.length; i++) { if (list[i] > 3) continue; var small = list[i]; for (const y of [1]) out.push(small + y); }
  let j = 0;
  while (j < list.length) { j++; if (j === 2) continue; out.push(-j); continue; }
  do { j--; if (j > 1) continue; out.push(j * 10); } while (j > 0);
  outer: for (const a of [1, 2]) { for (const b of [1, 2]) { if (b === 2) continue outer; out.push(a * 100 + b); } }
  const fns = [];
  for (let k = 0; k < 3; k++) { if (k === 1) continue; fns.push(() => k); }
  out.push(fns.map((f) => f()).join());
  return out.join(' ');
}
log.push(skips([1, 2, 3, 4, 5]));
// Statements that evaluate nothing, `return void 0`, computed string keys.
0 && t('never');
1 || t('never either');
function undef(x) { t('u', x); if (x) return void 0; return undefined; }
log.push(String(undef(1)), String(undef(0)));
const computed = { ['a']: 1, ['b-c']: 2, ['7']: 3, ['__proto__']: 4 };
log.push(JSON.stringify(computed), Object.getPrototypeOf(computed) === Object.prototype);
class Keys { ['constructor']() { return 'method'; } ['get']() { return 'get'; } static ['s'] = 5; }
log.push(new Keys().get(), Keys.s, typeof Keys.prototype.constructor, Object.getOwnPropertyNames(Keys.prototype).join());
// Blocks that scope nothing, flipped if/else, chains of &&.
function blocks(a, b) {
  t('b0', a);
  { t('b1', a); var inBlock = a + 1; }
  { let scoped = 'inner'; t(scoped, b); }
  if (!a) { t('not a', a); } else { t('a', a); for (const k of [1]) t('k', k); }
  if (a) { b && t('a and b', b); }
  if (!a) { b || t('neither', b); }
  return inBlock;
}
log.push(blocks(1, 0), blocks(0, 1), blocks(0, 0), blocks(1, 1));
// Function expressions lose names nothing reads; a recursive one keeps its own.
const named = [function unusedName(x) { return x + 1; }, function fact(n) { return n ? n * fact(n - 1) : 1; }];
log.push(named[0](1), named[1](5), typeof function selfRef() { return selfRef; }());
// Guards in a row, and ifs that take the same jump.
function guards(a, b, c) {
  if (!a) return;
  if (b) return;
  if (!c) return;
  t('all', [a, b, c].join());
}
for (const a of [0, 1]) for (const b of [0, 1]) for (const c of [0, 1]) guards(a, b, c);
function same(x) {
  if (x === 1) return 'small';
  if (x === 2) return 'small';
  if (x > 10) return 'big';
  t('same', x);
  for (const y of [1, 2, 3, 4]) { if (y === x) continue; if (y > 3) continue; t('y', y); }
  return 'other';
}
log.push(same(1), same(2), same(11), same(3));
log.push(['\u001B[0m', '\u00e9', "\\u00ff"].map((s) => s.length).join());
// `x == null ? void 0 : x.a` is `x?.a` for a declared x; not where the result is called or
// read further (the conditional gives a plain value there).
function chains(o, g) {
  const out = [];
  const tryIt = (label, f) => { try { out.push(label + ':' + JSON.stringify(f())); } catch (e) { out.push(label + ':' + e.constructor.name); } };
  tryIt('a', () => (o == null ? void 0 : o.x.y));
  tryIt('b', () => (null != o ? o.m() : undefined));
  tryIt('c', () => (g == null ? void 0 : g(1)));
  tryIt('d', () => (o == null ? void 0 : o.x).y);
  tryIt('e', () => (o == null ? void 0 : o.x?.z.w));
  tryIt('f', () => (o == null ? void 0 : o.m)());
  tryIt('g', () => (o === null ? void 0 : o.x));
  tryIt('h', () => (globalThis.nothere == null ? void 0 : globalThis.nothere.x));
  return out.join(' ');
}
const chainObj = { x: { y: 1, z: { w: 2 } }, m() { return this === chainObj; } };
log.push(chains(chainObj, (n) => n + 1), chains(undefined, null), chains(null, undefined));
// Switch bodies are statement lists; empty literal cases before a final default go.
function sw(v) {
  switch (v) {
    case 1: t('one', v); return 'one';
    case 'a': case 'b': default: t('default', v); return 'default';
  }
}
function sw2(v) {
  switch (v) { case 'x': default: return 'default'; case 'x': return 'late x'; }
}
log.push(sw(1), sw('a'), sw('z'), sw2('x'), sw2('y'));
// Nested ifs join their tests.
function nestedIfs(a, b, c) {
  if (t('a', a) || b) { if (t('b', b)) { if (c ? t('c', c) : a) return 'all'; } }
  t('after');
  return 'none';
}
log.push(nestedIfs(1, 1, 1), nestedIfs(0, 1, 0), nestedIfs(1, 0, 1), nestedIfs(0, 0, 0));
// `x == null ? d : x` is `x ?? d` for a declared x.
function defaults(a, b) {
  const c = a == null ? t('d1', 1) : a, d = null != b ? b : a || 2, e = (a == null ? b : a) || 3;
  return JSON.stringify([c, d, e]);
}
log.push(defaults(), defaults(0, null), defaults(null, 5), defaults(false, ''));
console.log(log.join('\n'));
