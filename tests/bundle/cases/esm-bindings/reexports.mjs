export * from './math.mjs';
export { Shape } from './counter.mjs';
export { version as renamed } from './greet.mjs';
