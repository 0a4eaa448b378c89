// @bale --experimental-decorators
function note(c: any) { console.log("note", c.name); }
@note abstract class Base { abstract m(): void; }
class Impl extends Base { m() {} }
console.log(new Impl() instanceof Base);
