// postcss: CommonJS of many modules with an "exports" map, required by a CommonJS entry.
const postcss = require('postcss');
const root = postcss.parse('a { color: red; margin: 0 } @media (min-width: 10px) { b { top: 1px } }');
root.walkDecls((d) => { if (d.prop === 'color') d.value = 'blue'; });
root.append({ selector: 'c' }).last.append({ prop: 'z-index', value: '1' });
console.log(root.toString());
console.log(root.nodes.length, root.first.type, postcss([]).version === undefined ? 'no' : typeof postcss([]).version);
