// Circular CommonJS requires, as node runs them.
const a = require('./a.cjs');
const b = require('./b.cjs');
console.log(a.early, a.late, a.fromB, b.seen, b.again, require('./a.cjs') === a);
