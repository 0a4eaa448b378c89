import './third.mjs';
console.log('second');
export const used = 'used';
export function dead() {
  return 'never printed';
}
