const interfaceName = 1;
let type = 2;
type = type + 1;
const declare = 3, abstract = 4, namespace = 5, module = { exports: 6 };
console.log(interfaceName, type, declare, abstract, namespace, module.exports);
