import { peek } from './a.mjs';
const secret = 'main.secret';
console.log(peek('secret'), secret, peek('typeof peek'));
