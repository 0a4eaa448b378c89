function over(a: string): string;
function over(a: number): number;
function over(a: any): any { return typeof a === "string" ? a + "!" : a + 1; }
export function ex(a: string): void;
export function ex(a: any) { console.log("ex", a); }
console.log(over("a"), over(1)); ex("x");
