// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
const items = ["x", "y", "z"];
console.log(html(<ol>{items.map((it, i) => <li key={it} value={i}>{it}</li>)}</ol>));
