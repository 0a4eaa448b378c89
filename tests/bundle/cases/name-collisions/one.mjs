export const value = 'one';
const local = 'one-local';
export function helper() {
  return local;
}
