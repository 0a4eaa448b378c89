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
