// CommonJS reading an ES module that imports it back (through the bundle's require of ESM).
module.exports = function helper() { return 'helper sees ' + typeof require('./other.cjs').value; };
