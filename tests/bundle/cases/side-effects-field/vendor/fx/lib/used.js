console.log('used module ran');
export const used = 'used value';
