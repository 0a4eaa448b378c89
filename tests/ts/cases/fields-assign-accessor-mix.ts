// @bale --assign-fields
class B { set v(x: number) { console.log("base setter", x); } }
class C extends B { v = 1; accessor w = 2; static z = 3; #p = 4; get p() { return this.#p; } }
const c = new C();
console.log(Object.keys(c), c.w, C.z, c.p);
