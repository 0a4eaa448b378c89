namespace Types { export type T = string; export interface I { a: number } }
const t: Types.T = "only types";
console.log(t, typeof (globalThis as any).Types);
