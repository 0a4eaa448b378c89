// @bale --jsx=automatic --jsx-dev
import { html } from "./lib/render.mjs";
const items = ["a", "b"];
console.log(html(<ul className="dev">{items.map((i) => <li key={i}>{i}</li>)}<li>static</li></ul>));
console.log(html(<><b>x</b>y</>));
