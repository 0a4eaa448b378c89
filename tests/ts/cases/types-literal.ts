let n: -1 | 0 | 1 = -1;
let s: "a" | 'b' = 'b';
let t: true = true;
let big: 1n = 1n;
console.log(n, s, t, big);
