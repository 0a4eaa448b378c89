// @bale --assign-fields
class B { constructor() { console.log("B sees", (this as any).x); } }
class D extends B { x = 1; constructor(public p: number) { super(); console.log("D", this.x, this.p); } }
new D(2);
