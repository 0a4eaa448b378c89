const a = 1, b = 2, c = 3, d = 4;
const r1 = a < b;
const r2 = (a < b) === (c > d);
function f(...x: unknown[]) { return x.length; }
console.log(r1, r2, f(a < b, c > d));
