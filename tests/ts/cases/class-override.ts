class A { greet() { return "A"; } }
class B extends A { override greet(): string { return "B" + super.greet(); } public override toString() { return "b"; } }
console.log(new B().greet(), String(new B()));
