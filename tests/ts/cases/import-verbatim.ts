// @bale --verbatim
import { value } from "./lib/side.mjs";
import type { Shape } from "./lib/types.mjs";
console.log("verbatim keeps value imports");
