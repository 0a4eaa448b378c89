// @bale --assign-fields
class C { a = 1; b: string; c = this.a + 1; static s = "s"; constructor() { this.b = "b"; } }
const c = new C();
console.log(c.a, c.b, c.c, C.s, Object.keys(c));
