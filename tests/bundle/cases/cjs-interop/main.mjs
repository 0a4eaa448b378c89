import fn from './fn.cjs';
import obj, { a, b } from './obj.cjs';
import prim from './prim.cjs';
import flagged, { helper } from './flagged.cjs';
import * as ns from './obj.cjs';
import { createRequire } from 'node:module';

console.log(fn(2), fn.extra);
console.log(obj.a, a, b);
console.log(prim);
console.log(typeof flagged, flagged.kind, helper());
console.log(ns.a, typeof ns.default);
const back = await import('./uses-esm.cjs');
console.log(back.default.fromEsm);
void createRequire;
