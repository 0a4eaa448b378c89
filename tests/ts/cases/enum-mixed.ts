enum M { A, B = "bee", C = 5, D }
console.log(JSON.stringify(M));
