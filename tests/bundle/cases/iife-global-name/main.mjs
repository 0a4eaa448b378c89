// An iife with a dotted --global-name (esbuild: `var my = my || {}; my.lib = …`) must still be
// valid JavaScript that runs.
export const version = '1.0';
console.log('running', version);
