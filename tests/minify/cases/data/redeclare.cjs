// `var exports` and `function module` redeclare the closure's parameters: one binding each,
// so what was set before the declarations is still there.
exports.before = 1;
var exports = module.exports = { replaced: true, previous: exports };
exports.after = typeof module;
function inner() { return typeof exports + ' ' + Object.keys(exports).join(); }
exports.inner = inner();
