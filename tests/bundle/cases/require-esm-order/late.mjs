console.log('late.mjs evaluated');
export const value = 'late value';
