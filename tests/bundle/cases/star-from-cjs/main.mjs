import { fromCjs, own } from './barrel.mjs';
import * as barrel from './barrel.mjs';
console.log(fromCjs(), own, barrel.fromCjs === fromCjs);
