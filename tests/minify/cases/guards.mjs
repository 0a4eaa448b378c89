// Exit guards in a row test together: `if (a) return; if (!b) return; rest` is
// `if (!a && b) { rest }`; each test runs only when the ones before it passed.
const log = [];
const t = (name, v) => (log.push(name), v);
function f(a, b, c) {
  if (t('a', a)) return;
  if (!t('b', b)) return;
  if (t('c', c) === 1 || c === 2) return;
  log.push('body', a, b, c);
  for (const x of [1]) { const y = x * 2; log.push(y); }
}
for (const a of [0, 1]) for (const b of [0, 1]) for (const c of [0, 1, 2]) f(a, b, c);
function loop(items) {
  for (const it of items) {
    if (it.skip) continue;
    if (it.n > 2 ? it.big : it.small) continue;
    log.push('item', it.n);
    log.push('again');
  }
}
loop([{ n: 1 }, { n: 2, skip: 1 }, { n: 3, big: 1 }, { n: 1, small: 1 }, { n: 5 }]);
console.log(log.join());
