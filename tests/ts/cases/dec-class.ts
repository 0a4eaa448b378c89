// @bale --experimental-decorators
function tag(c: any) { console.log("tag", c.name); c.tagged = true; }
function wrap(c: any) { console.log("wrap", c.name); return class Wrapped extends c { extra = 1; }; }
@tag @wrap
class A { v = 1; }
const a = new A();
console.log((A as any).tagged, A.name, JSON.stringify(a));
