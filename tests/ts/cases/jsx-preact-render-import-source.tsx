/** @jsxImportSource preact */
// The automatic runtime chosen by a pragma, with a component returning a fragment.
import { html } from "./lib/preact.mjs";

const Pair = ({ a, b }: { a: string; b: string }) => <><dt>{a}</dt><dd>{b}</dd></>;
console.log(html(<dl><Pair a="k" b="v" /><Pair a="&quot;q&quot;" b="&#60;" /></dl>));
