module.exports = function main() { return 'fn'; };
module.exports.named = 'named';
