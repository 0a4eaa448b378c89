import helper from './helper.cjs';
export const fromEsm = 'esm value';
export function callHelper() { return helper(); }
