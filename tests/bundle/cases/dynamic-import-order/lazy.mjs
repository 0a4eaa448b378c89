console.log('lazy.mjs evaluated');
export const v = 'lazy v';
