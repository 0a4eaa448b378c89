declare global { interface Window { myGlobal: string } }
declare module "some-module" { export const x: number; }
declare namespace NS { const y: number; }
declare enum DE { A }
declare const enum DCE { B }
declare class DC { m(): void }
export {};
console.log("declares erased");
