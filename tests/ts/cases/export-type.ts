export type T = number;
export interface I { a: number }
export type { T as U };
export declare const d: number;
export declare function df(): void;
export default interface DefaultI {}
console.log("type exports vanish");
