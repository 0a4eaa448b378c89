export const v = 'esm v';
