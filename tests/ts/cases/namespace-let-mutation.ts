namespace Counter { export let count = 0; export function inc() { count++; return count; } }
Counter.inc(); Counter.inc();
console.log(Counter.count);
