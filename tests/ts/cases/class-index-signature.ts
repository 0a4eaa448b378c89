class Bag { [key: string]: unknown; static [k: number]: string; items = 1; }
const b = new Bag(); b["x"] = 2;
console.log(b.items, b["x"]);
