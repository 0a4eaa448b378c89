// A CLI entry runs its main only when it is the program (require.main === module).
const lib = require('./lib.cjs');
function main() { console.log('main ran', lib.isMain); }
if (require.main === module) main();
else console.log('imported');
