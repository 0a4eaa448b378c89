// @bale --experimental-decorators --decorator-metadata
const store = new Map<string, unknown[]>();
(Reflect as any).metadata = (key: string, value: unknown) => (target: any, prop?: string) => {
  const name = (typeof target === "function" ? target.name : target.constructor.name) + "." + (prop ?? "<class>");
  const v = typeof value === "function" ? value.name : Array.isArray(value) ? value.map((x) => (typeof x === "function" ? x.name : String(x))) : String(value);
  console.log(name, key, JSON.stringify(v));
};
function d(..._: any[]) {}
class Dep {}
interface Shape { x: number }
@d
class Svc {
  @d name: string = "n";
  @d count?: number;
  @d flag!: boolean;
  @d list: string[] = [];
  @d dep!: Dep;
  @d shape!: Shape;
  @d union!: string | null;
  @d mixed!: string | number;
  @d fn!: () => void;
  @d lit!: "a" | "b";
  @d method(a: string, b: number, c: Dep, d?: boolean, ...rest: number[]): Promise<void> { return Promise.resolve(); }
  @d noTypes(a, b) {}
  @d get value(): number { return 1; }
  @d set setter(v: string) {}
  @d pred(x: unknown): x is string { return true; }
  constructor(a: Dep, b: string, @d c: number) {}
}
console.log(typeof Svc);
