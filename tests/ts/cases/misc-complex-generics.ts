type DeepPartial<T> = { [P in keyof T]?: T[P] extends object ? DeepPartial<T[P]> : T[P] };
type Fn<A extends any[] = [], R = void> = (...a: A) => R;
const f: Fn<[number], string> = (n) => "n" + n;
const p: DeepPartial<{ a: { b: number } }> = { a: {} };
console.log(f(1), p);
