class Builder { v: number[] = []; add(x: number): this { this.v.push(x); return this; } }
console.log(new Builder().add(1).add(2).v);
