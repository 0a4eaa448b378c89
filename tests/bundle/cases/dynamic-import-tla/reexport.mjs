export { v } from './tla.mjs';
console.log('reexport');
