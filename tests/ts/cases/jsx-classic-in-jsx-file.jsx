import React from "react";
import { html } from "./lib/render.mjs";
const el = <div>{[1, 2].map(n => <b key={n}>{n}</b>)}</div>;
console.log(html(el));
