// picocolors: CommonJS with "sideEffects": false, imported from an ES module (default import).
import pc from 'picocolors';
const c = pc.createColors(true);
console.log(JSON.stringify(c.bold(c.red('err')) + c.green('ok')), pc.createColors(false).blue('plain'), typeof pc.isColorSupported);
