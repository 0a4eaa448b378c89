// A module with top-level await reached only through import(): the importer does not wait for it.
console.log('main');
import('./tla.mjs')
    .then((m) => {
        console.log(m.v);
        // Modules that import one that awaits wait for it, re-exports included.
        return import('./chain.mjs');
    })
    .then((m) => console.log('chain', m.w, m.again, m.slow));
console.log('main end');
