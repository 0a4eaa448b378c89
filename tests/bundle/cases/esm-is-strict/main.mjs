// ES module code is strict code wherever the bundle puts it: `this` in a plain call is undefined,
// assigning an undeclared name throws, and a namespace object's properties cannot be written or
// deleted.
import * as ns from './lib.mjs';
import { plainThis, assignUndeclared } from './lib.mjs';
console.log(plainThis());
try { console.log(assignUndeclared()); } catch (e) { console.log(e.constructor.name); }
try { ns.plainThis = null; console.log('written'); } catch (e) { console.log(e.constructor.name); }
try { delete ns.plainThis; console.log('deleted'); } catch (e) { console.log(e.constructor.name); }
