// module.exports replaced after exports.x, and `exports = module.exports = fn`.
const r = require('./reassigned.cjs');
const c = require('./chained.cjs');
console.log(JSON.stringify(r), c(), c.extra, c.name);
