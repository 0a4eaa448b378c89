// ms: a small CommonJS module (module.exports = function).
const ms = require('ms');
console.log(ms('2 days'), ms('1.5h'), ms(60000), ms(3 * 60000, { long: true }), ms('-10s'), ms('bad'));
