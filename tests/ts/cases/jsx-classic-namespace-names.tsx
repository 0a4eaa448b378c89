/** @jsx h */
import { show } from "./lib/vdom.mjs";
function h(type: any, props: any, ...children: any[]) { return { type, props: { ...props, children } }; }
console.log(show(<svg:rect xlink:href="#a" data-x="1" />));
