const A = 100;
enum E { A = 1, B = A }
console.log(E.B, A);
