import { present, absent } from './lib.mjs';
console.log(present, absent);
