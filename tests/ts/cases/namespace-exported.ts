export namespace Util { export function twice(x: number) { return x * 2; } export class K { v = 1; } }
console.log(Util.twice(4), new Util.K().v);
