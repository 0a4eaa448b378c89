let a: number = 1; let b: string = "s"; let c: boolean = true; let d: bigint = 10n;
let e: symbol = Symbol("e"); let f: null = null; let g: undefined = undefined;
let h: any = 3; let i: unknown = 4; let j: object = {}; let k: never[] = [];
function v(): void {}
console.log(a, b, c, d, e.toString(), f, g, h, i, j, k, v());
