class C { constructor(public a: number) { "use strict"; console.log(this.a); } }
new C(3);
