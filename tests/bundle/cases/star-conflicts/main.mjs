// `export *` conflicts (ECMA-262 ResolveExport): a name two stars export from different modules
// is ambiguous and left out of the namespace; a local export wins over stars; the same binding
// reached through two stars is not a conflict.
import * as both from './both.mjs';
import * as explicit from './explicit.mjs';
import { shared, onlyA } from './same.mjs';
import { onlyB } from './both.mjs';
console.log(Object.keys(both).join(','), 'shared' in both, both.shared);
console.log(Object.keys(explicit).join(','), explicit.shared);
console.log(shared, onlyA, onlyB);
