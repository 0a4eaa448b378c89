const a = require('./a.cjs');
// A require() cycle sees the partial exports: a.early is set, a.late is not yet.
exports.seen = `${a.early}/${a.late}`;
module.exports.again = require('./a.cjs') === a;
