export * from './a.mjs';
export const z = 'z from b';
