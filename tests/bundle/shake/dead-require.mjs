// A require() inside a function nothing calls loads nothing: the module it names stays out of
// the bundle (terser's lib/cli.js and acorn, in miniature).
import { used } from './dead-require/lib.mjs';
console.log(used());
