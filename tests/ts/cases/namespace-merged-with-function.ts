function greet(name: string) { return "hi " + name + greet.suffix; }
namespace greet { export const suffix = "!"; }
console.log(greet("x"));
