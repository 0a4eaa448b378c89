// A plain script: its block-level function is also a var of the script (Annex B).
var x = 'a';
if (true) { function blockFn() { return 'a block'; } }
console.log(x, blockFn());
