console.log('user.cjs start');
const state = require('./state.mjs');
state.bump();
console.log('user.cjs sees', state.count);
module.exports = () => state.count;
