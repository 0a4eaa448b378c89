const a = 1 as number;
const b = ("x" as unknown) as string;
const c = [1, 2] as const;
const d = { k: 1 } as const satisfies { k: number };
const e = (a as any).toFixed(1);
console.log(a, b, c, d, e);
