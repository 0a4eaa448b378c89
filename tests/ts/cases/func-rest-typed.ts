function sum(...n: number[]): number { return n.reduce((a, b) => a + b, 0); }
function tup(...args: [string, number]) { return args; }
console.log(sum(1, 2, 3), tup("a", 1));
