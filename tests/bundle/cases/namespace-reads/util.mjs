export function isObject(v) {
  return typeof v === 'object' && v !== null;
}
export const twice = (n) => n * 2;
export function unused() {
  return 'unused';
}
