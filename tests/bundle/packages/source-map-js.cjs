// source-map-js: CommonJS; generate a map, then read it back.
const { SourceMapGenerator, SourceMapConsumer } = require('source-map-js');
const gen = new SourceMapGenerator({ file: 'out.js' });
gen.addMapping({ source: 'in.js', original: { line: 1, column: 0 }, generated: { line: 3, column: 4 }, name: 'x' });
gen.addMapping({ source: 'in.js', original: { line: 2, column: 2 }, generated: { line: 4, column: 0 } });
const json = gen.toString();
console.log(json);
const c = new SourceMapConsumer(JSON.parse(json));
console.log(JSON.stringify(c.originalPositionFor({ line: 3, column: 4 })));
