import { shared } from './both.mjs';
console.log(shared);
