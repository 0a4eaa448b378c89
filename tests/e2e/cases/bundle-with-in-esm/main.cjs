const value = require('./sloppy.cjs');
console.log(value);
