import { parse } from '@babel/parser';
const ast = parse('const x = <div>{a}</div>;', { plugins: ['jsx'], sourceType: 'module' });
console.log(ast.program.body[0].declarations[0].init.type);
