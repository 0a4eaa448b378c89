// A .cjs file is CommonJS even when it exports nothing: its default export is {}.
console.log('side.cjs ran');
