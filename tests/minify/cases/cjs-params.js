// Wrapped CommonJS modules: `exports` and `module` are the closure's parameters, renamed when
// minifying; a module that redeclares them keeps one binding for each.
const r = require('./data/redeclare.cjs');
const p = require('./data/plain.cjs');
console.log(JSON.stringify(r), p.two(2), Object.keys(p).join());
