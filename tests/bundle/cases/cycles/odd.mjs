import { isEven } from './even.mjs';
import { order } from './log.mjs';
order.push('odd');
export function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
