// Renamed top-level names in shorthand properties, destructuring (exported and nested), string
// export names, class static fields and blocks, and labels that share a name.
import { helper, first, third, rest, WithStatic, "a weird-name" as weird } from './a.mjs';
import * as a from './a.mjs';
import { shorthand, pattern, labels } from './b.mjs';
console.log(helper, first, third, rest.join('+'), weird, a['a weird-name'], WithStatic.label, WithStatic.block);
console.log(JSON.stringify(shorthand()), pattern({}), pattern({ helper: 'given' }), labels());
console.log(JSON.stringify({ helper, first }), Object.keys(a).join(','));
