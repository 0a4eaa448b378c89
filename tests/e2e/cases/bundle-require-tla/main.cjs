const m = require('./tla.mjs');
console.log(m.v);
