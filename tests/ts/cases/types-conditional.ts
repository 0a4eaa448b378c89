type IsString<T> = T extends string ? true : false;
type Elem<T> = T extends (infer U)[] ? U : T extends Promise<infer V> ? V : never;
type C<T> = T extends infer U extends string ? U : never;
const r: IsString<"x"> = true;
const e: Elem<number[]> = 5;
console.log(r, e);
