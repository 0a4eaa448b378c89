import greet, { version } from './greet.cjs';
import fallback, { answer } from './fallback.cjs';
import * as ns from './fallback.cjs';
import side from './side.cjs';
import twice from './declared.cjs';

console.log(greet('bale'), greet.version, version);
console.log(fallback, answer, ns.default === fallback, ns.kind);
console.log(JSON.stringify(side), Object.keys(side).length);
console.log(twice(21), typeof twice);
