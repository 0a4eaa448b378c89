// `export *` in a cycle is not an error: each module re-exports the other's names once.
import { y, z } from './b.mjs';
import * as a from './a.mjs';
console.log(y, z, Object.keys(a).join(','));
