class P {
  constructor(x: string);
  constructor(x: number);
  constructor(public x: any) {}
  m(a: string): string;
  m(a: number): number;
  m(a: any) { return a; }
}
const p = new P(1);
console.log(p.x, p.m("s"));
