export enum Mode { A, B }
export namespace Mode { export const all = [Mode.A, Mode.B]; }
console.log(Mode.all);
