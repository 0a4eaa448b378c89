// @bale --jsx=automatic --jsx-import-source=preact
// Automatic runtime from preact/jsx-runtime: keys, spreads (a key after a spread goes through
// createElement), fragments, entities and whitespace, rendered to HTML.
import { html } from "./lib/preact.mjs";

function Card({ title, children }: { title: string; children?: any }) {
    return <div class="card"><h3>{title}</h3>{children}</div>;
}

const props = { id: "x", tabIndex: 2 };
console.log(html(<Card title="T &gt; U"><p>one</p><p>two</p></Card>));
console.log(html(<div {...props} key="k">after spread</div>));
console.log(html(<div key="k" {...props} title="t">before spread</div>));
console.log(html(<>
    {["a", "b"].map((s) => <span key={s}>{s}</span>)}
    text &amp; more &hellip;
    <br />
</>));
console.log(html(<ul>
    <li>  spaced  </li>
    {"literal  spaces"}
</ul>));
