// @bale --experimental-decorators
function named(c: any) { c.decoratedName = "D:" + c.name; }
@named
export default class Main { static self() { return (Main as any).decoratedName; } }
console.log(Main.self(), (Main as any).decoratedName);
