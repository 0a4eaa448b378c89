// An ES module beside a sloppy script: the output cannot be strict as a whole (the script's
// `with` would not parse), so the script must keep working.
import value from './sloppy.cjs';
console.log(value);
