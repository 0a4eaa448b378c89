// @bale --experimental-decorators
function ro(_t: any, _k: string, desc: PropertyDescriptor) { desc.set = undefined; desc.configurable = false; }
class P { private _x = 5; @ro get x() { return this._x; } }
const p = new P();
console.log(p.x, Object.getOwnPropertyDescriptor(P.prototype, "x")!.configurable);
