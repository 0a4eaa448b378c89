// nanoid: pure ESM ("type": "module", "exports" map with node and browser halves); seeded random.
import { customRandom, urlAlphabet } from 'nanoid';
let seed = 7;
const random = (size) => Uint8Array.from({ length: size }, () => (seed = (seed * 1103515245 + 12345) & 0xff));
const id = customRandom(urlAlphabet, 12, random);
console.log(id(), id(), urlAlphabet.length);
