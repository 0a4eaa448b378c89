enum E { A = 1, B, C = 10, D }
console.log(E.A, E.B, E.C, E.D, E[11]);
