console.log('fast');
export const quick = 'fast ready';
