let a: number[] = [1];
let b: Array<string> = ["b"];
let c: ReadonlyArray<number> = [2];
let d: string[][] = [["d"]];
let e: (number | string)[] = [1, "e"];
let f: Record<string, number>["x"] = 3;
console.log(a, b, c, d, e, f);
