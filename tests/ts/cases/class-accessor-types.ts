class C { private _v = 0; get v(): number { return this._v; } set v(n: number) { this._v = n * 2; } static get s(): string { return "s"; } }
const c = new C(); c.v = 4;
console.log(c.v, C.s);
