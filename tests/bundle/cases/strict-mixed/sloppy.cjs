var seen = [];
with ({ y: 'with y' }) { seen.push(y); }
function who() { return typeof this; }
seen.push(who());
module.exports = seen.join(' ');
