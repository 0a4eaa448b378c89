function f(a: number = 1, { b = 2 }: { b?: number } = {}, [c = 3]: number[] = []): number { return a + b + c; }
console.log(f(), f(10, { b: 20 }, [30]));
