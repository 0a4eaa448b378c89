import * as kinds from './kinds';
// Reads the enum object itself: it must stay in the bundle. (`version` keeps the compiler from
// eliding the import, whose other uses are a const enum's.)
export function names(): string[] {
    return Object.keys(kinds.Kind).sort().concat(kinds.version);
}
export function lookup(k: string): unknown {
    return (kinds.Kind as any)[k];
}
