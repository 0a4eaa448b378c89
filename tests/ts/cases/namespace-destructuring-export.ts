namespace D { export const { a, b: [c] } = { a: 1, b: [2] }; }
console.log(D.a, D.c);
