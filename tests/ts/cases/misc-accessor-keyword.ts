class C { accessor x = 1; static accessor y: number = 2; accessor #p = 3; accessor "q r" = 4; getP() { return this.#p; } }
class D extends C {}
const c = new C();
c.x = 5;
C.y = 7;
console.log(c.x, C.y, D.y, c.getP(), (c as any)["q r"], Object.keys(c));
