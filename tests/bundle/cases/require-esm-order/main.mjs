// An ES module both imported and required evaluates once, in node's order, and shares its state;
// an ES module required only inside a function evaluates when that function first runs.
import { count, bump } from './state.mjs';
import read from './user.cjs';
import later from './lazy.cjs';
console.log('main', count, read());
bump();
console.log('main', count, read());
console.log('before later');
console.log(later(), later());
