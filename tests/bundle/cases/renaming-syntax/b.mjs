export const helper = 'b.helper';
export const first = 'b.first';
export const third = 'b.third';
export function shorthand() { return { helper, first, third }; }
export function pattern(obj) { const { helper = 'dflt' } = obj; return helper; }
export function labels() { helper: for (;;) { break helper; } return 'labels ok'; }
