export * from './a.mjs';
export * from './b.mjs';
export const own = 'own';
