enum M { A = 1 }
enum M { B = 2 }
console.log(JSON.stringify(M));
