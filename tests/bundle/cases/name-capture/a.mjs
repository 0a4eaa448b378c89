// A top-level `Map` here must not capture the global Map another module uses, and a nested
// `value` must not be captured by a renamed top-level one.
export const Map = 'a fake Map';
export let value = 'a.value';
export function readValue() { return value; }
