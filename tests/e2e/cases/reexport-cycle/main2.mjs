import { x } from './c.mjs'; console.log(x);
