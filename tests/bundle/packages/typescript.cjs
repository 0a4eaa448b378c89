const ts = require('typescript');
const out = ts.transpileModule('enum E { A, B } let x: number = E.B; export default x;', { compilerOptions: { module: ts.ModuleKind.CommonJS } });
console.log(out.outputText.split('\n').length > 3, ts.version.split('.')[0]);
