declare namespace Ambient { enum E { A } function f(): void; }
namespace Real { export declare const x: number; export enum E { A = "a" } export namespace Deep { export enum F { B = 2 } } }
console.log(Real.E.A, Real.Deep.F.B, typeof (globalThis as any).Ambient);
