export * from './b.mjs';
export const y = 'y from a';
