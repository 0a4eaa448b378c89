// A CommonJS module read through its closure's `exports` and `module`.
exports.one = 1;
module.exports.two = function (x) { return x + exports.one; };
if (typeof module !== 'object' || module.exports !== exports) throw new Error('module');
