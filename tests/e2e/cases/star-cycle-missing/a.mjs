export * from './b.mjs'; export const a = 1;
