namespace NS { export const a = 1; export function f() { return a + 1; } const hidden = 3; export let b = hidden; }
console.log(NS.a, NS.f(), NS.b, (NS as any).hidden);
