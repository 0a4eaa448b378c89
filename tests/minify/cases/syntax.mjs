// Regex after `/`, `in` inside for heads, ASI hazards, directives, typeof comparisons.
const a = 10, g = 2, i = 1;
console.log(a / 2 / g, a /2/ i, '/re/'.replace(/\//g, '|'), /=/.test('a=b'), 4 / /2/.source.length);
for (var k = ('x' in { x: 1 }) ? 1 : 0; k < 2; k++) console.log('for-in-init', k);
for (const p in { p1: 1, p2: 2 }) console.log('key', p);
const arr = [1, 2]
;[3, 4].forEach((n) => arr.push(n))
const fn = () => 1
;(function () { arr.push(5) })()
let b = 1
b
++b
console.log(arr.join(), b)
function ret() {
  return (
    1
  );
}
console.log(ret(), typeof missing === 'undefined', typeof missing !== 'undefined', 'undefined' === typeof missing);
console.log(typeof a === 'number', typeof a == 'string', typeof a !== "undefined");
function strict() { 'use strict'; return this === undefined; }
console.log(strict());
const x = { if: 1, class: 2, 'default': 3 };
console.log(x.if, x['class'], x.default, x?.['if']);
label: { console.log('in label'); break label; }
console.log(- -1, + +1, 1 - -1, 1 + +1, -(-1), typeof !0, !!'', void 'x');
async function* gen() { yield 1; await null; yield* [2, 3]; }
(async () => { const out = []; for await (const v of gen()) out.push(v); console.log(out.join()); })();
