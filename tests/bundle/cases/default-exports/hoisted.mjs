import { early } from './user.mjs';
// user.mjs runs first and calls hoisted() before this module's body has run: function
// declarations are initialised when the module is linked.
export default function hoisted() { return 'hoisted works'; }
export class Late {}
export const seenEarly = early;
