/** @jsx h */
/** @jsxFrag Frag */
import { show } from "./lib/vdom.mjs";
function h(type: any, props: any, ...children: any[]) { return { type, props: { ...props, children } }; }
function Frag() {}
console.log(show(<div a="1"><span /><>frag</></div>));
