// Sloppy CommonJS with a with statement (cjs and iife output keep it sloppy).
var arr = [];
with ({ y: 'with y' }) { arr.push(y); }
module.exports = arr[0];
