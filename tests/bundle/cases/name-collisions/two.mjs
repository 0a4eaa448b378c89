export const value = 'two';
const local = 'two-local';
export function shadow() {
  const value = 'shadowed';
  return value + '/' + local;
}
