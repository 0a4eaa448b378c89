// @bale --jsx=preserve
// JSX kept as JSX: attributes of every form, spreads, keys, fragments, member tags, entities
// and whitespace exactly as written; rendered by React once lowered.
import React from "react";
import { html } from "./lib/render.mjs";

const Parts = {
    Title: ({ text }: { text: string }) => <h1 title={`t:${text}`}>{text}</h1>,
};

function Row({ label, value }: { label: string; value: number }) {
    return (
        <tr>
            <th scope="row">{label}</th>
            <td>{value > 1 ? <b>{value}</b> : value}</td>
        </tr>
    );
}

const extra = { id: "t", "data-rows": 2 };
const rows: [string, number][] = [["one", 1], ["two", 2]];
console.log(html(
    <section {...extra} aria-label='quoted "double" &amp; single'>
        <Parts.Title text="Caf&eacute; &lt;menu&gt;" />
        <table>
            <tbody>{rows.map(([l, v]) => <Row key={l} label={l} value={v} />)}</tbody>
        </table>
        <>
            first   line
            second line &nbsp;&#169;&#x3C;
        </>
        {/* a comment between texts */}
        <p>a {"b"}{/* keeps the text apart */} c</p>
        <input disabled value={String(1 < 2)} />
    </section>
));
