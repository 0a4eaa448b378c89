import { esmThis, arrowThis, member, Holder } from './esm.mjs';
import cjs from './script.cjs';
console.log(esmThis, arrowThis, typeof this, member);
console.log(Holder.self === Holder, new Holder().field instanceof Holder);
console.log(cjs.viaThis, cjs.added, cjs.arrowThis);
