globalThis.polyfilled = 'yes';
console.log('polyfill ran');
