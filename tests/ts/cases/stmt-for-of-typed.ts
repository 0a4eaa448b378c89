const m = new Map<string, number>([["a", 1]]);
for (const [k, v] of m as Map<string, number>) console.log(k, v);
for (let i: number = 0; i < 2; i++) console.log(i);
for (const k in { x: 1 } as Record<string, number>) console.log(k);
