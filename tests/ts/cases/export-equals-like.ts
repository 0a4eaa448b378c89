export const value = 1;
export declare namespace Ambient { const x: number; }
export namespace Real { export const y = 2; }
console.log(value, Real.y);
