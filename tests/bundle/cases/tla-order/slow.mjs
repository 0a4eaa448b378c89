console.log('slow start');
await new Promise((r) => setTimeout(r, 20));
export const ready = 'slow ready';
console.log('slow end');
