import { parse } from 'acorn';
const ast = parse('const a = 1 + 2; function f(x) { return x * a; }', { ecmaVersion: 2022 });
console.log(ast.body.map((n) => n.type).join(','), ast.end);
