type RO<T> = { readonly [K in keyof T]: T[K] };
type Opt<T> = { [K in keyof T]?: T[K] };
type Req<T> = { -readonly [K in keyof T]-?: T[K] };
type Rename<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
const o: RO<{ a: number }> = { a: 1 };
console.log(o.a);
