// Sloppy script: eval, with, arguments, Annex B block functions, this.
var log = [];
function usesEval(a) { var hidden = 'h'; return eval('hidden + a'); }
log.push(usesEval('!'));
function nestedEval() { var outerName = 'o'; return (function () { return eval('outerName'); })(); }
log.push(nestedEval());
var indirect = eval;
log.push(typeof indirect('1 + 1'));
function usesWith(o) { var local = 'local'; with (o) { return local + ':' + value; } }
log.push(usesWith({ value: 'v' }), usesWith({ value: 'v', local: 'shadowed' }));
function args(a, b) { arguments[0] = 'changed'; return [a, arguments.length, b]; }
log.push(args('orig').join());
function annexB(flag) {
  if (flag) { function hoisted() { return 'hoisted'; } }
  return typeof hoisted === 'function' ? hoisted() : 'none';
}
log.push(annexB(true), annexB(false));
{ function blockLevel() { return 'block'; } }
log.push(blockLevel());
var self = this;
log.push(typeof self);
undefined = 5;
[undefined] = [6]; ({ a: undefined } = { a: 7 }); for ([undefined] of [[8]]);
log.push(typeof undefined);
log.push(delete undefined);
console.log(log.join('\n'));
