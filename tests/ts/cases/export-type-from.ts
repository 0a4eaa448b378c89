export type { Shape } from "./lib/types.mjs";
export type * from "./lib/types.mjs";
export type * as NS from "./lib/types.mjs";
console.log("re-exports of types vanish");
