/** @jsxImportSource preact */
import { show } from "./lib/vdom.mjs";
console.log(show(<p>pragma</p>));
