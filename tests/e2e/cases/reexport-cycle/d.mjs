export { x } from './c.mjs';
