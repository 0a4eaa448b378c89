import { isEven } from './even.mjs';
import { order } from './log.mjs';
console.log(isEven(10), isEven(7));
console.log(order.join(' '));
