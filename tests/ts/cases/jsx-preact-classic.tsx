/** @jsx h */
import { h } from "preact";
import { show } from "./lib/vdom.mjs";
console.log(show(<div id="p"><b>bold</b></div>));
