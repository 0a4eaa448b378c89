/** @jsx h */
import { show } from "./lib/vdom.mjs";
function h(type: any, props: any, ...children: any[]) { return { type, props: { ...props, children } }; }
const kids = ["a", "b"];
console.log(show(<div>{...kids}</div>));
