// Evaluation order and getters: every side effect must happen once, in the same order.
const log = [];
const obj = {
  get a() { log.push('get a'); return 1; },
  set a(v) { log.push('set a ' + v); },
  get f() { log.push('get f'); return function () { return this === obj; }; },
};
function t(name, value) { log.push(name); return value; }
if (t('test1', true)) t('then1', 0); else t('else1', 0);
if (!t('test2', 0)) t('then2', 0);
if (t('test3', 0)) { t('a3', 0); t('b3', 0); } else { t('c3', 0); t('d3', 0); }
obj.a = t('rhs', 2);
obj.a += t('rhs2', 3);
log.push(obj.f(), (0, obj.f)(), obj['f']());
const r = t('x', 1) + t('y', 2) * t('z', 3);
log.push(r, t('c', null) ?? t('d', 'default'), t('e', 0) || t('f', 'or'), t('g', 1) && t('h', 'and'));
let i = 0;
const arr = [i++, i++, ++i, i--];
log.push(arr.join(','), i);
var x = 1, y = x + 1;
var z = y + x;
log.push(x, y, z);
console.log(log.join('\n'));
