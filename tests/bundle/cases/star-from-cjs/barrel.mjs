export * from './lib.cjs';
export const own = 'own';
