type F = ((a: number) => void) | (() => string) | null;
let f: F = () => "s";
console.log(typeof f);
