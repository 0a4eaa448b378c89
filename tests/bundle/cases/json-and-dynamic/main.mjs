import data from './data.json' with { type: 'json' };
console.log(data.name, data.items.length);
const mod = await import('./later.mjs');
console.log(mod.later(), Object.keys(mod).join(','));
