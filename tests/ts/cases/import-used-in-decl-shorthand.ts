import { value, helper } from "./lib/side.mjs";
const o = { value, h: helper };
console.log(o.value, o.h(1));
