// Constant tests and dead branches keep what is visible outside them.
const log = [];
if (false) { log.push('dead'); }
if (true) log.push('live'); else log.push('dead else');
if (0) { var kept; } 
log.push(typeof kept, kept);
if ('') log.push('empty string is falsy');
if ('x') log.push('string truthy');
if (null) log.push('null'); else if (1) log.push('else-if 1');
if (!1) log.push('!1'); else log.push('not !1');
if (void 0) log.push('void'); else { log.push('void else'); }
while (false) log.push('never');
do log.push('once'); while (false);
for (; false;) log.push('never for');
function f(x) {
  if (x) { return 'a'; } else if (x === 0) { return 'zero'; } else { return 'b'; }
}
log.push(f(1), f(0), f(null));
function g(x) { if (x) { var y = 1; } return y; }
log.push(g(true), g(false));
if (true) { let scoped = 'scoped'; log.push(scoped); }
let n = 0;
if (n === 0) { n++; n++; } else { n--; n--; }
log.push(n, 1 ? 'yes' : 'no', 0 ? 'yes' : 'no', true && 'and', false || 'or', null ?? 'nullish');
console.log(log.join('\n'));
function pick(x, y) {
  if (!x) return t('no x', y ? 'y' : 'none');
  if (x > 1) { return t('big', x); }
  return t('small', x), 'small';
}
function t(label, v) { console.log('eval', label); return v; }
console.log(pick(0, 1), pick(0, 0), pick(2), pick(1));
function leave(x) {
  for (let i = 0; i < 3; i++) {
    if (i === x) { console.log('skip', i); continue; } else { console.log('keep', i); var last = i; }
    if (i > 5) break; else if (i === 2) { console.log('two'); }
  }
  if (x === 1) { return 'one:' + last; } else if (x === 2) { throw new Error('two'); } else { let x = 'shadow'; console.log(x); }
  return 'end:' + last;
}
console.log(leave(1), leave(0));
try { leave(2); } catch (e) { console.log(e.message); }
