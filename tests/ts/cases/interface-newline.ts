let interface_ = 1;
interface Foo
{ a: number }
const f: Foo = { a: interface_ };
console.log(f);
