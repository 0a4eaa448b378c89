// package.json "sideEffects": files it lists (a path, a glob) run even when imported only for
// their effects; a module that is used runs its top-level statements whatever the flag says.
import './vendor/fx/lib/polyfill.js';
import './vendor/fx/lib/theme.css.js';
import { used } from './vendor/fx/lib/used.js';
import { read } from './vendor/pure/index.js';
console.log(globalThis.polyfilled, used, read());
