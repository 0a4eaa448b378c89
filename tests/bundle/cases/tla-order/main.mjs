// Top-level await: a module waits for its dependencies' awaits; siblings without await run in
// order (ECMA-262 async module evaluation).
import { quick } from './fast.mjs';
import { used } from './user.mjs';
console.log('main', quick, used);
await null;
console.log('main after await');
