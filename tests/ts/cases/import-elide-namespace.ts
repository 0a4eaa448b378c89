import * as Types from "./lib/types.mjs";
type T = typeof Types.Shape;
console.log("namespace import elided");
