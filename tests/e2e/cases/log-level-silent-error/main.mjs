import { helper } from './helpers/missing.mjs';
import 'no-such-package';
console.log(helper);
