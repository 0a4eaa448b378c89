console.log('main starts');
const later = await import('./later.mjs');
console.log('imported', later.answer, later.default(), later.Shape.name, new later.Shape().sides);
const again = await import('./later.mjs');
console.log('same namespace', again === later, Object.keys(later).join(','));
const { total, parts } = later;
console.log(total, parts.join('+'));
