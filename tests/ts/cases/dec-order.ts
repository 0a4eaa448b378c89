// @bale --experimental-decorators
function d(name: string) { console.log("eval", name); return (..._: any[]) => { console.log("apply", name); }; }
@d("class1") @d("class2")
class O {
  @d("field") f = 1;
  @d("static") static s() {}
  @d("m1") @d("m2") m(@d("p0") a: any, @d("p1") b: any) {}
  constructor(@d("ctor") x?: any) {}
  @d("getter") get g() { return 1; }
}
console.log("done", typeof O);
