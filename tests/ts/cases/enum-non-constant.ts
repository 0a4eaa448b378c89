const base = 10;
function val() { return 3; }
enum N { A = base, B = val(), C = "x".length }
console.log(JSON.stringify(N));
