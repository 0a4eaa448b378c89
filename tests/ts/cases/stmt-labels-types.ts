outer: for (const x of [1, 2] as number[]) { inner: for (const y of [3]) { if (x === 2) break outer; console.log(x, y); continue inner; } }
