const suffix = "z";
enum T { A = `a`, B = "b" + "c" }
console.log(T.A, T.B, suffix);
