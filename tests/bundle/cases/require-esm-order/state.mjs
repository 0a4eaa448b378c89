console.log('state.mjs evaluated');
export let count = 0;
export function bump() { count++; return count; }
