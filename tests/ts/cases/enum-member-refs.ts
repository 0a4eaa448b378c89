enum R { A = 2, B = A * 3, C = B + A, D = R.A + 1 }
console.log(R.A, R.B, R.C, R.D);
