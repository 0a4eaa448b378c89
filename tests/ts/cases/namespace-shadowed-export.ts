namespace S { export const x = 1; export function f(x: number) { return x * 10; } export function g() { const x = 5; return x; } }
console.log(S.f(2), S.g(), S.x);
