// magic-string: a dual package ("exports" map with import/require), ESM half.
import MagicString from 'magic-string';
const s = new MagicString('const answer = 42;\nconsole.log(answer);\n');
s.overwrite(6, 12, 'result').prepend('// header\n').append('// footer\n');
s.replaceAll('answer', 'result');
console.log(s.toString());
console.log(s.generateMap({ hires: true, source: 'in.js' }).mappings);
