const flag = Math.random() < 2;
const x = 1, y = 2;
const f = flag ? (x) : (y: number) => y;
const g = flag ? (x): number => x * 2 : null;
const h = flag ? ((v: number): number => v + 1) : (w: number) => w;
console.log(f, typeof g, h(1));
