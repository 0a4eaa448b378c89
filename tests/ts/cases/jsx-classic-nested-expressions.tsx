import React from "react";
import { html } from "./lib/render.mjs";
const rows = [[1, 2], [3, 4]];
console.log(html(<table><tbody>{rows.map((r, i) => <tr key={i}>{r.map(c => <td key={c} style={{ width: c * 10 }}>{c}</td>)}</tr>)}</tbody></table>));
