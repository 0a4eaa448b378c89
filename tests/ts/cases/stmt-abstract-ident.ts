let abstract = "a";
abstract
class X {}
console.log(abstract, typeof X);
