import { value } from "./lib/side.mjs";
function f(value: number) { return value; }
console.log(f(1));
