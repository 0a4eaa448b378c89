// A block's `let`/`const` read once, first thing by the next statement, is inlined there.
const log = [];
const trace = (name, value) => (log.push(name), value);
function member(o) { let x = trace('init', o.a); return x.b; }
function effectsBetween(o) { let x = o.a; o.a = 'changed'; return x; }
function chain(o) { const y = o.a?.b; return y.c; }
function callee(o) { let f = o.f; return f(); }
function method(o) { let x = o.inner; return x.who(); }
function twice(o) { let x = o.a; log.push(x); return x; }
function nested(o) { let a = o.a; let b = a.b; return b.c; }
// An anonymous function or class takes the declared name (a minified one when names are).
function named() { let f = function () {}; return f.name.length > 0; }
function arrow() { const g = () => 1; return g.name.length > 0; }
function cls() { let C = class {}; return C.name.length > 0; }
function closure() { let x = trace('closure init', 1); return () => x; }
function ifTest(o) { let x = trace('if init', o.a); if (x > 1) return 'big'; return 'small'; }
function assignTarget(o) { let t = trace('target', o); t.v = trace('value', 5); return o.v; }
function assignValue(o) { let v = trace('value first', o.v); o.w = v; return o.w; }
function compound(o) { let v = trace('compound', 2); o.n += v; return o.n; }
function declared(o) { let x = o.a; let y = x + 1; return y * 2; }
function thrown(o) { let e = new Error(o.msg); throw e; }
function typeofIt(o) { let x = o.a; return typeof x; }
function sequence(o) { let x = trace('seq init', o.a); trace('after', 0), log.push(x); }
function deleteIt(o) { let x = o; return delete x.a, o; }
function later(o) { let x = trace('later init', o.a); trace('between', 0); return x; }
function loop(items) { let n = 0; for (const it of items) { let v = it * 2; n += v; } return n; }
function getter() {
  let reads = 0;
  const o = { get a() { reads++; return { b: reads }; } };
  let x = o.a; let r = x.b;
  return [r, reads];
}
log.push(member({ a: { b: 1 } }), effectsBetween({ a: 'first' }));
try { chain({}); } catch (e) { log.push(e.constructor.name); }
log.push(chain({ a: { b: { c: 'deep' } } }));
log.push(callee({ f() { return this; } }) === undefined, method({ inner: { who() { return this.id; }, id: 'inner' } }));
log.push(twice({ a: 2 }), nested({ a: { b: { c: 3 } } }), named(), arrow(), cls(), closure()());
log.push(ifTest({ a: 2 }), ifTest({ a: 0 }), assignTarget({}), assignValue({ v: 7 }), compound({ n: 1 }));
log.push(declared({ a: 1 }), typeofIt({ a: null }), typeofIt({}), JSON.stringify(deleteIt({ a: 1, b: 2 })));
try { thrown({ msg: 'boom' }); } catch (e) { log.push(e.message); }
sequence({ a: 'x' }), log.push(later({ a: 'l' }), loop([1, 2, 3]), getter().join());
console.log(log.join('\n'));
// At the start of a statement, what the value starts with keeps its parentheses.
const starts = [];
function objectStart() { let o = { a: 1 }; o.a = starts.push('object'); }
function functionStart() { let r = function () { return { k: 'fn' }; }(); r.k = starts.push('function'); }
function classStart() { let c = class { static s = 'cls'; }.s; c.length, starts.push('class'); }
function letStart(o) { let l = o; l[0] = starts.push('let'); }
objectStart(), functionStart(), classStart(), letStart([]);
console.log(starts.join());
// Past what evaluates nothing: a literal left operand, `this` of an assignment target, the
// first element or property value of a literal; never past `&&`, `||` or `??`.
const more = [];
function concat(o) { let x = trace('concat', o.a); return 'v=' + x; }
function skipped(o) { let x = trace('skipped init', o.a); return 'a' || x; }
function firstElement(o) { let x = trace('element', o.a); return [x, o.b]; }
function firstProp(o) { let x = trace('prop', o.a); return { k: x, j: trace('second', 2) }; }
function Ctor(o) { let x = trace('ctor', o.a); this.p = x; }
class Base { constructor(f) { f(); } }
class Derived extends Base {
  constructor(o) {
    let seen = 0;
    super(() => { try { let v = trace('before super', (seen++, o.a)); this.q = v; } catch (e) { more.push(e.constructor.name, seen); } });
    this.o = o;
  }
}
more.push(concat({ a: 1 }), skipped({ a: 2 }), firstElement({ a: 3, b: 4 }).join(), JSON.stringify(firstProp({ a: 5 })));
more.push(new Ctor({ a: 6 }).p, new Derived({ a: 7 }).q);
console.log(more.join());
// Declarators in one declaration: the next initializer reading the name first.
const decl = [];
function declarators(o) {
  let a = trace('decl a', o.a), b = a.b, c = trace('decl c', b.c);
  var p = trace('decl p', o.p), q = p + 1, r = p;
  decl.push(c, q);
  let [first] = trace('pattern', o.list), second = first * 2;
  return second;
}
function lastIntoNext(o) { let a = trace('one', o.a), b = trace('two', o.b); return b.c + a; }
decl.push(declarators({ a: { b: { c: 'x' } }, p: 1, list: [4] }), lastIntoNext({ a: 1, b: { c: 2 } }));
console.log(decl.join());
