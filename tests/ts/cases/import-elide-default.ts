import def, { value } from "./lib/side.mjs";
const v: typeof def = null as any;
console.log(value);
