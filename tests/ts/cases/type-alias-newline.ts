let type = "value";
type
Foo = string;
console.log(type);
