import * as util from './util.mjs';
import * as counter from './counter.mjs';
import * as whole from './util.mjs';

function check(value) {
  const isObject = util.isObject(value);
  return isObject ? 'object' : typeof value;
}
console.log(check({}), check(1), util.missing, typeof util.nope);
counter.bump();
counter.bump();
console.log(counter.count, util.twice(counter.count));
console.log(Object.keys(whole).join(','));
