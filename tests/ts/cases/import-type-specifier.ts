import { type Shape, type Point as P2 } from "./lib/types.mjs";
import { type Klass, value } from "./lib/side.mjs";
console.log(value);
