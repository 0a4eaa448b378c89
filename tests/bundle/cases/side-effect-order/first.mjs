console.log('first');
export const notUsed = console.log('evaluated even if unused');
