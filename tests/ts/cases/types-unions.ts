type A = string | number;
type B = { x: 1 } & { y: 2 };
let u: A | null | undefined = "u";
let w: | "a" | "b" = "a";
let x: & { a: 1 } = { a: 1 };
console.log(u, w, x);
