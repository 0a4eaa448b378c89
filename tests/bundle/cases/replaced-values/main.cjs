// What generate puts in place of a node must read the same wherever the node stood: a require()
// of a module the browser field disables becomes an empty object, here at the start of a
// statement (where `{}` would open a block); a numeric --define value has a property read from
// it (where `1.toFixed` would not parse). Both found by bundling each test file with --minify.
globalThis.ONE = 1;
try {
    require('./optional.cjs').install();
} catch (e) {
    console.log('no install:', e instanceof TypeError);
}
console.log(ONE.toFixed(1), ONE + 1, ONE?.x, ONE[0], typeof ONE);
