export const helper = 'a.helper';
export const { first, second: [third, ...rest] } = { first: 'a.first', second: ['a.third', 'r1', 'r2'] };
const weird = 'weird value';
export { weird as "a weird-name" };
export class WithStatic { static label = helper; static { this.block = first; } }
