// A module reached only through import() evaluates when import() runs, not at bundle start.
console.log('main start');
setTimeout(() => {
    console.log('timer');
    import('./lazy.mjs').then((m) => console.log(m.v)).then(() => import('./lazy.cjs')).then((m) => console.log(m.c));
}, 0);
console.log('main end');
