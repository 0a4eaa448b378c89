export let count = 0;
export function increment() {
  count += 1;
}
export class Shape {
  constructor(kind) {
    this.kind = kind;
  }
  describe() {
    return `a ${this.kind}`;
  }
}
