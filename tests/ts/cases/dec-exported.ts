// @bale --experimental-decorators
function mark(c: any) { c.marked = true; }
@mark export class E1 {}
export @mark class E2 {}
console.log((E1 as any).marked, (E2 as any).marked);
