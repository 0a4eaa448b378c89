const a = 1;
type B = string;
export { a, type B };
console.log(a);
