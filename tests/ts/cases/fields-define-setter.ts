class B { set x(v: number) { console.log("setter", v); } }
class D extends B { x = 5; }
console.log(Object.keys(new D()));
