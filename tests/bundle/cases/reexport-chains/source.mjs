export let value = 1;
export function increment() { value++; }
export default class Counter { static label = 'Counter'; }
