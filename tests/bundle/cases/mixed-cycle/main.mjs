import { callHelper, fromEsm } from './esm.mjs';
console.log(fromEsm, callHelper());
