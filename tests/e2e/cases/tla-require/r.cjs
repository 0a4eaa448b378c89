const x = require('./t.mjs');
console.log(x);
