// @bale --experimental-decorators
const key = "dyn";
function k(_t: any, name: string) { console.log("key", name); }
class C { @k [key]() {} @k "quoted"() {} @k 42() {} }
console.log(typeof new C()[key]);
