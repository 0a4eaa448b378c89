class C { static x: number; static { C.x = 42; } }
console.log(C.x);
