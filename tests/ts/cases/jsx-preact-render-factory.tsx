// @bale --jsx-factory=h --jsx-fragment=Fragment
// Classic runtime with the factory and fragment from the options instead of pragmas.
import { h, Fragment } from "preact";
import { html } from "./lib/preact.mjs";

const Row = ({ cells }: { cells: (string | number)[] }) => (
    <tr>{cells.map((c) => <td key={String(c)}>{c}</td>)}</tr>
);
const rows = [[1, "one"], [2, "two"]];
console.log(html(<table><tbody>{rows.map((r) => <Row key={r[0]} cells={r} />)}</tbody></table>));
console.log(html(<><Fragment>in</Fragment>{" "}{[<span key="a">a</span>, <span key="b">b</span>]}</>));
console.log(html(<div style={{ color: "red", marginTop: 2 }} {...{ class: "c" }}>{null}{false}{0}{""}</div>));
