// Classic runtime with Preact's h and Fragment, named by the pragmas, rendered to HTML.
/** @jsx h */
/** @jsxFrag Fragment */
import { h, Fragment } from "preact";
import { html } from "./lib/preact.mjs";

function Item({ label, done }: { label: string; done?: boolean }) {
    return <li class={done ? "done" : undefined}>{label}{done && <em> (done)</em>}</li>;
}

function List(props: { items: string[]; title: string }) {
    return (
        <>
            <h2>{props.title}</h2>
            <ul>
                {props.items.map((s, i) => <Item key={s} label={s} done={i % 2 === 0} />)}
            </ul>
        </>
    );
}

const extra = { id: "main", "data-count": 3, hidden: false };
console.log(html(<section {...extra} title="t"><List title="Todo &amp; more" items={["a", "b", "c"]} /></section>));
console.log(html(<><b>x</b>&lt;y&gt; &copy; &#169; &#x3C;&nbsp;z</>));
console.log(html(<p>
    first line
        second   line
    <i>  kept  </i>   tail
</p>));
console.log(html(<input type="checkbox" checked disabled={false} value={"a\"b"} />));
