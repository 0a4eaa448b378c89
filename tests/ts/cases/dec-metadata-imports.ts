// @bale --experimental-decorators --decorator-metadata
import { Klass } from "./lib/side.mjs";
import type { Shape } from "./lib/types.mjs";
const seen: string[] = [];
(Reflect as any).metadata = (key: string, value: any) => () => { seen.push(key + "=" + (Array.isArray(value) ? value.map((v: any) => v?.name ?? String(v)).join(",") : value?.name ?? String(value))); };
function inject(..._: any[]) {}
@inject
class Consumer { constructor(k: Klass, s: Shape, n: number) {} @inject run(x: Klass): void {} }
console.log(seen.join(" | "));
