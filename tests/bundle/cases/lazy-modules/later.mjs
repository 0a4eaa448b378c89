import { log } from './log.mjs';
import { base } from './base.mjs';
log('later runs');
export const answer = base * 2;
export const { total, parts } = { total: base + 1, parts: ['a', 'b'] };
export default function () {
  return 'default function';
}
export class Shape {
  sides = 4;
}
export let counter = 0;
counter++;
