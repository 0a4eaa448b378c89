// An ES module re-exporting a CommonJS module's default, a named export and its namespace.
import fn, { named, depNs, fnAlias, local } from './mid.mjs';
import * as mid from './mid.mjs';
console.log(fn(), named, depNs.named, depNs.default === fn, fnAlias === fn, local, Object.keys(mid).join(','));
