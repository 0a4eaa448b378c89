type A = `${number}px`;
type B = `${A | `${number}em`}!`;
const b: B = "1px!";
console.log(b, `${b}${`nested`}`);
