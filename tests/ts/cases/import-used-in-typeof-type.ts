import { value } from "./lib/side.mjs";
type V = typeof value;
const x: V = 1;
console.log(x);
