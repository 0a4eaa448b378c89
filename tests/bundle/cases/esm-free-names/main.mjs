// An ES module has no module, exports, require or __filename: code that tests for them (UMD
// wrappers) must find them undefined in every output format.
import { env } from './lib.mjs';
console.log(env);
