// node gives an ES module importing CommonJS a snapshot of its named exports taken after the
// module ran: later changes show through the default export (module.exports) only.
import { count, inc } from './c.cjs';
import * as ns from './c.cjs';
import def from './c.cjs';
inc();
console.log(count, ns.count, def.count);
