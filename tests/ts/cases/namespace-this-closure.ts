namespace Reg { const items: string[] = []; export function add(s: string) { items.push(s); return items.length; } export function all() { return items.join(","); } }
Reg.add("a"); Reg.add("b");
console.log(Reg.all());
