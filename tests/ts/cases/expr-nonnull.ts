function f(x?: { y?: { z: number } }) { return x!.y!.z!; }
let n: number | undefined = 4;
const m = n!;
let arr: number[] | null = [1, 2];
console.log(f({ y: { z: 3 } }), m, arr![1], arr!.length);
