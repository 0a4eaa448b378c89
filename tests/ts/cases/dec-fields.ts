// @bale --experimental-decorators
const seen: string[] = [];
function prop(target: any, key: string) { seen.push(key + ":" + typeof target); }
class F { @prop a = 1; @prop static b = 2; @prop c?: string; }
console.log(seen, new F().a);
