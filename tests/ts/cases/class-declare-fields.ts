class Base { x = 1; }
class D extends Base { declare x: number; y!: number; z?: string; }
const d = new D();
console.log(d.x, "y" in d, "z" in d, Object.keys(d));
