export class Widget { kind = 'b'; }
export function make() {}
