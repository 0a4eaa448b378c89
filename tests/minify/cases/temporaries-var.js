// `var` temporaries (sloppy script): inlined only when the var is the name's one binding site.
var log = [];
function plain(o) { var x = o.a; return x.b; }
function param(x) { var x = { b: 'param' }; log.push(arguments[0] === x); return x.b; }
function twoVars(o) { var x = o.a; var y = x.b; if (y) { var x; } return y; }
function hoistedRead(o) { var f = function () { return typeof z; }; log.push(f()); var z = o.a; return z.b; }
function inLoop(items) { var n = 0; for (var i = 0; i < items.length; i++) { var v = items[i] * 2; n += v; } return n; }
function Ctor(o) { var x = o.a; log.push('ctor'); var y = x.b; this.p = y; }
function Setter(o) { var y = o.a; this.p = y; }
var topLevel = { b: 'top' };
var fromTop = topLevel.b;
log.push(plain({ a: { b: 1 } }), param(1), twoVars({ a: { b: 2 } }), hoistedRead({ a: { b: 3 } }));
log.push(inLoop([1, 2]), fromTop, new Ctor({ a: { b: 'c' } }).p, new Setter({ a: 's' }).p);
console.log(log.join('\n'));
