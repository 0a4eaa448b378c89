import { value } from "./lib/side.mjs";
console.log("unused value import elided");
