/** @jsx h */
import { h } from "preact";
import { html } from "./lib/preact.mjs";
import { show } from "./lib/vdom.mjs";
console.log(show(<div id="p"><b>bold</b></div>));
console.log(html(<div id="p"><b>bold</b></div>));
