const x: unknown = 5;
const y = (x as number) * 2 + (x as number);
console.log(y, (x as number) < 10, x as number > 1);
