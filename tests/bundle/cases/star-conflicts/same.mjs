export * from './a.mjs';
export * from './a-again.mjs';
