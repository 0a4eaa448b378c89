// No free `module` or `exports` at all: `var exports` is the wrapper's parameter itself.
var exports = exports || {};
exports.answer = 42;
exports.kind = typeof exports;
