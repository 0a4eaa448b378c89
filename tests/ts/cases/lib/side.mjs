// A module with a side effect: cases import from it to show whether an import was kept.
console.log('side.mjs loaded');
export const value = 41;
export class Klass {
    hello() {
        return 'hello from Klass';
    }
}
export function helper(x) {
    return x * 2;
}
export default function def() {
    return 'default export';
}
