// The common pattern: the wrapper's `exports` declared again and pointed at module.exports.
var exports = module.exports = function greet(name) { return 'hello ' + name; };
exports.version = 2;
