import { value, Klass, helper } from "./lib/side.mjs";
let k: Klass;
console.log(value, helper(2));
