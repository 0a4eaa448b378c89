const run = async ({ n }: { n: number }, ...rest: string[]): Promise<string> => `${n}${rest.join("")}`;
run({ n: 1 }, "a", "b").then(console.log);
