const _ = require('lodash');
console.log(_.kebabCase('Hello World'), _.sum([1, 2, 3]), _.isEqual({ a: [1] }, { a: [1] }));
