// @bale --experimental-decorators
function log(target: any, key: string, desc: PropertyDescriptor) {
  const orig = desc.value;
  desc.value = function (...args: any[]) { console.log("call", key, args); return orig.apply(this, args); };
}
class Calc { @log add(a: number, b: number) { return a + b; } @log static twice(x: number) { return x * 2; } }
console.log(new Calc().add(1, 2), Calc.twice(4));
