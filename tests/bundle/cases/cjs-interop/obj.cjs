exports.a = 'A';
exports.b = 'B';
