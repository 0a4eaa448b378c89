export const x = 'a';
