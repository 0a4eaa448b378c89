class P { constructor(public a: number, private b: string, protected c = 3, readonly d?: boolean) {} show() { return [this.a, this.b, this.c, this.d]; } }
console.log(new P(1, "b").show(), Object.keys(new P(1, "b")));
