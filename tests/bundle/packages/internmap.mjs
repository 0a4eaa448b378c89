// internmap: a tiny pure ES module ("type": "module", "sideEffects": false) with classes extending Map.
import { InternMap, InternSet } from 'internmap';
const m = new InternMap([[new Date(0), 'epoch']]);
m.set(new Date(1000), 'later');
const s = new InternSet([new Date(5), new Date(5)]);
console.log(m.get(new Date(0)), m.size, s.size, m.constructor.name, s.constructor.name);
