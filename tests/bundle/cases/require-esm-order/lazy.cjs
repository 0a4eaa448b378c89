module.exports = function later() { return require('./late.mjs').value; };
