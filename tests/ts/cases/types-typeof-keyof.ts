const cfg = { a: 1, b: "two" };
type Cfg = typeof cfg;
type Keys = keyof Cfg;
type V = Cfg[Keys];
type Imp = typeof import("./lib/side.mjs");
const k: Keys = "a";
console.log(k, cfg[k]);
