export * from './a.mjs';
