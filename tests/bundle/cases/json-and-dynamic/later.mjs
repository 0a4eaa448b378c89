export function later() {
  return 'later';
}
export const other = 1;
