import { count, increment, Shape as S } from './counter.mjs';
import * as all from './reexports.mjs';
import greet, { version } from './greet.mjs';

console.log('count before', count);
increment();
increment();
console.log('count after (live binding)', count);
console.log(new S('square').describe());
console.log(greet('bale'), version);
console.log(Object.keys(all).join(','), all.twice(21), all.renamed, all.Shape === S);
console.log(typeof all.default, Object.prototype.toString.call(all));
