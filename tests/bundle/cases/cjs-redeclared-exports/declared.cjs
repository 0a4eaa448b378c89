// Both wrapper parameters declared again: nothing free, still CommonJS.
var module = module || {};
var exports = module.exports = function twice(n) { return 2 * n; };
