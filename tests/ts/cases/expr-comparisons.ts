const a = 1, b = 2, c = 3;
console.log(a < b, b > c, a < b == b > a, (a < b) > false, a<b, c>b);
const f = (x: number) => x;
console.log(f(a) < f(b), a < (b) ? "lt" : "ge");
