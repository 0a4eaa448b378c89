import { helper } from "./lib/side.mjs";
export type Num = number;
const double = (n: Num): Num => helper(n);
console.log(double(21));
