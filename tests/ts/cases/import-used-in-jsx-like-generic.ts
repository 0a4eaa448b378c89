import { helper } from "./lib/side.mjs";
const r = helper<number>(3 as any);
console.log(r);
