import { b } from './b.mjs';
await 0;
export const a = 1;
console.log(b);
