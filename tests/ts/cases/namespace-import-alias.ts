namespace Deep { export namespace Inner { export const value = 42; export function f() { return "f"; } } }
import I = Deep.Inner;
import V = Deep.Inner.value;
console.log(I.f(), V);
