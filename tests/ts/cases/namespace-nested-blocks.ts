namespace Outer { export namespace Inner { export const x = 1; } export const y = Inner.x + 1; }
console.log(Outer.Inner.x, Outer.y);
