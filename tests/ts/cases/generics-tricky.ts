function call<T>(f: () => T): T { return f(); }
const a = call<Array<Map<string, Set<number>>>>(() => []);
const b = call<[string, number]>(() => ["s", 1]);
const c = call<{ k: () => void }>(() => ({ k() {} }));
const d = call<(x: number) => string>(() => (x) => String(x));
const e = (call)<number>(() => 5);
const f = [call][0]<string>(() => "f");
console.log(a.length, b, typeof c.k, d(3), e, f);
