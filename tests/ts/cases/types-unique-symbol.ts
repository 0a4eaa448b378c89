declare const sym: unique symbol;
const s: unique symbol = Symbol("s");
type S = typeof s;
console.log(typeof s);
