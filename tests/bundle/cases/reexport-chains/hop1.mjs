export { value as renamed, increment } from './source.mjs';
export { default } from './source.mjs';
export * as sourceNs from './source.mjs';
