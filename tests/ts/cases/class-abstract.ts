abstract class Shape {
  abstract area(): number;
  abstract name: string;
  describe() { return `${this.name}: ${this.area()}`; }
}
class Sq extends Shape { name = "square"; constructor(private s: number) { super(); } area() { return this.s ** 2; } }
console.log(new Sq(3).describe());
