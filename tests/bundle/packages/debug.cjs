// debug: CommonJS choosing its node or browser half at run time; output captured, no colors or time.
const createDebug = require('debug');
const lines = [];
createDebug.log = (...args) => lines.push(args.join(' '));
createDebug.inspectOpts.colors = false;
createDebug.inspectOpts.hideDate = true;
createDebug.enable('app:*,-app:quiet');
const log = createDebug('app:main');
const quiet = createDebug('app:quiet');
log('started %s with %d items %o', 'job', 3, { a: [1, 2] });
quiet('never printed');
console.log(lines.map((l) => l.replace(/ \+\d+ms$/, '')).join('\n'), log.enabled, quiet.enabled, createDebug.humanize(1500));
