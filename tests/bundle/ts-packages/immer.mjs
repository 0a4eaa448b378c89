// immer built from its TypeScript sources (its const enum ArchType read across modules) must
// behave as its published build: the module to test is the first argument.
const mod = await import(process.argv[2]);
const { produce, enableMapSet, enablePatches, produceWithPatches, applyPatches, current, original, isDraft, freeze } = mod;
enableMapSet(); enablePatches();
const base = { a: [1, 2, { b: 3 }], m: new Map([['x', 1]]), s: new Set([1]) };
const next = produce(base, (d) => { d.a.push(4); d.a[2].b = 5; d.m.set('y', 2); d.s.add(2); console.log(isDraft(d), current(d).a.length, original(d).a.length); });
console.log(JSON.stringify(next.a), [...next.m], [...next.s], next === base, Object.isFrozen(next));
const [r, patches, inverse] = produceWithPatches({ x: 1, l: [1] }, (d) => { d.x++; d.l.pop(); d.y = 'n'; });
console.log(JSON.stringify(r), JSON.stringify(patches), JSON.stringify(applyPatches(r, inverse)));
