import { Map as FakeMap, readValue, value as av } from './a.mjs';
import { makeMap, shadow, inner, value as bv, usesArguments } from './b.mjs';
const value = 'main.value';
console.log(FakeMap, readValue(), av, bv, value);
console.log(makeMap(), shadow('x'), inner(), usesArguments(1, 2, 3), typeof globalThis.Map);
