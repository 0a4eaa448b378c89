exports.shout_ = (s) => s.toUpperCase();
module.exports.twice_ = (n) => n * 2;
