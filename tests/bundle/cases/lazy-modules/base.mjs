console.log('base runs');
export const base = 21;
