// A module with top-level await reached only through import(): the importer does not wait for it.
console.log('main');
import('./tla.mjs').then((m) => console.log(m.v));
console.log('main end');
