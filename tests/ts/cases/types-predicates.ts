function isStr(x: unknown): x is string { return typeof x === "string"; }
function assertNum(x: unknown): asserts x is number { if (typeof x !== "number") throw new Error("nan"); }
function assertOk(x: unknown): asserts x { if (!x) throw new Error("falsy"); }
class G { isG(): this is G { return true; } }
console.log(isStr("a"), isStr(1));
assertNum(5); assertOk(1);
console.log(new G().isG());
