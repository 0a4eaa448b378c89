interface P { readonly a: number; b?: string; [k: string]: unknown; (x: number): string; new (x: string): P; method?(): void; get g(): number; set s(v: number); }
type Q = { a: number; b: string, c: () => void };
const q: Q = { a: 1, b: "b", c() {} };
console.log(q.a, q.b);
