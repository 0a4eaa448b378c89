export let value = 'b.value';
export function makeMap() { return new Map([[1, 'one']]).get(1); }
export function shadow(value) { return `param ${value}`; }
export function inner() { const Map = 'inner Map'; return Map; }
export function usesArguments() { return Array.from(arguments).join('+'); }
