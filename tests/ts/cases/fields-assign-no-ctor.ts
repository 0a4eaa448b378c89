// @bale --assign-fields
class B { base = "b"; }
class D extends B { d = this.base + "d"; }
console.log(new D().d, Object.keys(new D()));
