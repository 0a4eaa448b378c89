const enum CE { A = 1, B = A + 1, C = "c" }
console.log(CE.A, CE.B, CE.C);
