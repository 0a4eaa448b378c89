// @bale --assign-fields
class C { name = "c"; greet = () => "hi " + this.name; }
const g = new C().greet;
console.log(g());
