const esprima = require('esprima');
console.log(esprima.tokenize('let x = 42;').map((t) => t.type).join(','));
