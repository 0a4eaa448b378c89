enum Color { Red, Blue }
namespace Color { export function parse(s: string): Color { return s === "red" ? Color.Red : Color.Blue; } }
console.log(Color.parse("red"), Color.parse("x"), Color.Blue);
