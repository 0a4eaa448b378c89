// @bale --verbatim
import { type Klass, helper } from "./lib/side.mjs";
console.log(helper(5));
