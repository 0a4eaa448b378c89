exports.lost = 'set before module.exports was replaced';
module.exports = { kept: 'kept' };
exports.alsoLost = 'exports still points at the old object';
