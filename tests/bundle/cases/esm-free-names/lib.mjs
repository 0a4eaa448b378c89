export const env = [typeof module, typeof exports, typeof require, typeof __filename].join(' ');
