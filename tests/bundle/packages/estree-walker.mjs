// estree-walker (ESM half of a dual package) walking an acorn AST (pure ESM).
import { walk } from 'estree-walker';
import { parse } from 'acorn';
const ast = parse('function f(a) { return a + g(1, b) } let c = f(2)', { ecmaVersion: 2022 });
const seen = [];
walk(ast, { enter(node) { if (node.type === 'Identifier') seen.push(node.name); if (node.type === 'CallExpression') seen.push('call'); } });
console.log(seen.join(' '));
