// `export default expr` is a snapshot, `export { x as default }` is live; a default function is
// hoisted across a cycle, a class is in its temporal dead zone.
import snapshot, { liveDefault, change } from './values.mjs';
import { seenEarly } from './hoisted.mjs';
import answer from './expr.mjs';
change();
console.log(snapshot, liveDefault, answer);
console.log(seenEarly);
