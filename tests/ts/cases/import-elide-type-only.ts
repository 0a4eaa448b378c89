import { Shape, Point } from "./lib/types.mjs";
let s: Shape; let p: Point;
console.log("no types.mjs line above");
