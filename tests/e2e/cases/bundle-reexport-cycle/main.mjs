import { x } from './a.mjs';
console.log(x);
