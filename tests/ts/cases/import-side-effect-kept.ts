import "./lib/side.mjs";
import {} from "./lib/types.mjs";
console.log("side effect imports run");
