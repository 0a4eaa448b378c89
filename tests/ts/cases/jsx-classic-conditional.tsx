import React from "react";
import { html } from "./lib/render.mjs";
const on = true;
console.log(html(<div>{on ? <b>on</b> : <i>off</i>}{!on && <u>never</u>}{null}{undefined}{false}</div>));
