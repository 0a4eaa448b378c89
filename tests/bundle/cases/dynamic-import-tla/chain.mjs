import { v } from './tla.mjs';
import { slow } from './slow.mjs';
export { v as again } from './reexport.mjs';
console.log('chain runs after', v, slow);
export { slow };
export const w = 'w';
