let namespace = 1, module = 2;
namespace
++module;
console.log(namespace, module);
