import { Kind } from './kinds';
import { lookup, names } from './user';

console.log(Kind.A + Kind.B, Kind.C);
console.log(names().join(','), lookup('B'), lookup('1'), lookup('C'));
