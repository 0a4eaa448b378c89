// import() of a module already in the bundle gives the same namespace object as the static
// import, evaluates the module once, and sees live bindings; import() of CommonJS gives a
// namespace whose default is module.exports.
import * as ns from './lib.mjs';
import('./lib.mjs').then((dyn) => {
    dyn.inc();
    console.log(dyn === ns, ns.n, dyn.n);
    return import('./cjs.cjs');
}).then((c) => console.log(c.default.kind, 'default' in c));
