enum S { A = "a", B = "b", C = `c` }
console.log(S.A, S.B, S.C, Object.keys(S), S["a" as any]);
