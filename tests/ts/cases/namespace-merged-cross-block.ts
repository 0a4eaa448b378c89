namespace Store { export let count = 1; export const name = "store"; }
namespace Store { export function bump() { count++; return name + count; } const name2 = name; export const alias = name2; }
namespace Store { const count = 100; export const local = count; }
console.log(Store.bump(), Store.bump(), Store.count, Store.alias, Store.local);
