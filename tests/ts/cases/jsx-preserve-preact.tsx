// @bale --jsx=preserve --jsx-factory=h --jsx-fragment=Fragment
// Preserved JSX for Preact: h and Fragment stay imported (the compiler keeps them), and the
// HTML is the same once both outputs are lowered with them.
import { h, Fragment } from "preact";
import { html } from "./lib/preact.mjs";

const Badge = (props: { n: number; children?: any }) => (
    <span class={props.n > 9 ? "many" : "few"}>{props.children}{props.n}</span>
);
console.log(html(
    <ul>
        {[3, 12].map((n) => <li key={n}><Badge n={n}>count: </Badge></li>)}
        <li><>frag &amp; ment</></li>
    </ul>
));
