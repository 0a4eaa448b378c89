// uuid: pure ESM, TypeScript-authored, "exports" map, "sideEffects": false.
import { v5, v3, validate, version, parse, stringify, NIL, MAX } from 'uuid';
const ns = v5('bale.example', v5.DNS);
console.log(ns, v3('hello', v3.URL), validate(ns), version(ns));
console.log(stringify(parse(ns)) === ns, NIL, MAX, validate('nope'));
