namespace N { export enum E { A = 3, B } enum Private { Z } export const z = Private.Z; }
console.log(N.E.B, N.E[4], N.z);
