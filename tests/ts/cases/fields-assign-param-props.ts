// @bale --assign-fields
class C { x = 10; constructor(public y: number) { console.log(this.x, this.y); } z = this.y * 2; }
console.log(JSON.stringify(new C(1)));
