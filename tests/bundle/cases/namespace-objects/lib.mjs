export let count = 0;
export function bump() { count++; }
export default 'the default';
export { count as alias };
