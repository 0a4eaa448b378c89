import { isOdd } from './odd.mjs';
import { order } from './log.mjs';
order.push('even');
export function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
