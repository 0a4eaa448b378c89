exports = module.exports = function chained() { return 'chained'; };
exports.extra = 'extra';
