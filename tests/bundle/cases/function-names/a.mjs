export class Widget { kind = 'a'; }
export function make() {}
