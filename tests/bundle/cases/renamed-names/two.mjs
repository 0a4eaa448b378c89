export function helper() { return helper.name + ' two'; }
export class Widget { static describe() { return Widget.name; } }
export const arrow = () => 'two';
export const Expr = class Named { who() { return Named.name; } };
