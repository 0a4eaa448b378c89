namespace A.B.C { export const v = "abc"; }
namespace A.B { export const w = "ab"; }
console.log(A.B.C.v, A.B.w);
