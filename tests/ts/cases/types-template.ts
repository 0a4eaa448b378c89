type Ev = `on${"click" | "hover"}`;
type Nested = `a${`b${string}`}c`;
const ev: Ev = "onclick";
const n: Nested = "abxc";
console.log(ev, n, `real ${ev} template`);
