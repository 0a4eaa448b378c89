// @bale --jsx=preserve
// TypeScript inside preserved JSX: generic components with type arguments on the tag, `as`,
// `!`, `satisfies`, generic arrows, and a type-only import that disappears.
import React from "react";
import type { ReactNode } from "react";
import { html } from "./lib/render.mjs";

function List<T>({ items, show }: { items: T[]; show: (t: T) => ReactNode }) {
    return <ol>{items.map((t, i) => <li key={i}>{show(t)}</li>)}</ol>;
}
const first = <T,>(xs: T[]) => xs[0]!;
const data = { names: ["x", "y"] } satisfies { names: string[] };
const maybe: string | undefined = "m";
console.log(html(
    <div title={maybe!}>
        <List<string> items={data.names} show={(s) => <em>{s as string}</em>} />
        {first<number>([7, 8]) as number}
    </div>
));
