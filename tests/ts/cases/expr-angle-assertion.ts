const v = <number>(<unknown>5);
const s = <string>"str";
const arr = <any[]>[];
console.log(v + 1, s.length, arr.length);
