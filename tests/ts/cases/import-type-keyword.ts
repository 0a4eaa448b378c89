import type { Shape } from "./lib/types.mjs";
import type Def from "./lib/types.mjs";
import type * as All from "./lib/types.mjs";
let s: Shape;
console.log("import type never loads");
