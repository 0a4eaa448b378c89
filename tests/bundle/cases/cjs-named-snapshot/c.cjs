exports.count = 0;
exports.inc = () => { exports.count++; };
