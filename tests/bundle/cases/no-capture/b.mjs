export const x = 'b';
export function f() { const x2 = ' local'; return x + x2; }
export function g(x3) { return x + x3; }
export const h = () => { let x1 = '!'; { let x4 = '?'; return x + x1 + x4; } };
