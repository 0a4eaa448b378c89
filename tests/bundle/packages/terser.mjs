import { minify } from 'terser';
minify('function add(first, second) { return first + second; } console.log(add(1, 2));', { toplevel: true }).then((r) => console.log(r.code));
