const o: { v?: number } = {};
o!.v = 1;
let x: number;
x! = 5;
console.log(o.v, x);
