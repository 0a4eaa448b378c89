import { ready } from './slow.mjs';
console.log('user sees', ready);
export const used = ready.toUpperCase();
