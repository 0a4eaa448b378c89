// Two plain scripts whose top-level names collide, one a function declared in a block.
import './a.js';
import './b.js';
import './c.js';
console.log(typeof x, typeof blockFn);
