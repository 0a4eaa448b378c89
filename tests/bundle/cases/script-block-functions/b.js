var x = 'b';
if (true) { function blockFn() { return 'b block'; } }
x += '!';
console.log(x, blockFn());
