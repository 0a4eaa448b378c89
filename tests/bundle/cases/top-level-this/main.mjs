import { esmThis, arrowThis } from './esm.mjs';
import cjs from './script.cjs';
console.log(esmThis, arrowThis, typeof this);
console.log(cjs.viaThis, cjs.added, cjs.arrowThis);
