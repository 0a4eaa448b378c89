enum N { Zero, One, Two }
for (const k in N) console.log(k, N[k as keyof typeof N]);
