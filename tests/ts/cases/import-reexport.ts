import { value } from "./lib/side.mjs";
export { value };
console.log("re-exported");
