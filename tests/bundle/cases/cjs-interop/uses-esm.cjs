const lib = require('./lib.cjs');
exports.fromEsm = lib.name + '!';
