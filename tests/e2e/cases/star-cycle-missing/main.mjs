import { a, b, c } from './a.mjs'; console.log(a, b, c);
