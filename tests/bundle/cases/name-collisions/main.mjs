import { value as first, helper } from './one.mjs';
import { value as second, shadow } from './two.mjs';
const value = 'main';
function inner(first) {
  return first + ':' + second;
}
console.log(value, first, second, helper(), shadow(), inner('param'));
