// @bale --assign-fields
class C { a: number; b?: string; c = 3; }
console.log(Object.keys(new C()), "a" in new C());
