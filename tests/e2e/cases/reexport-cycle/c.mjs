export { x } from './d.mjs';
