export { shared, onlyA } from './a.mjs';
