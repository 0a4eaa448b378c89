interface I { get x(): number; set x(v: number); }
class A implements I { private _x = 1; get x(): number { return this._x; } set x(v: number) { this._x = v; } }
const a = new A(); a.x = 5; console.log(a.x);
