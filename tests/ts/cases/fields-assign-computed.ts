// @bale --assign-fields
const key = "dyn";
class C { [key] = 1; ["lit"] = 2; static [key] = 3; }
console.log(new C()[key], new C().lit, (C as any)[key]);
