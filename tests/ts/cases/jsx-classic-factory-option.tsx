// @bale --jsx-factory=h --jsx-fragment=F
import { show } from "./lib/vdom.mjs";
function h(type: any, props: any, ...children: any[]) { return { type, props: { ...props, children } }; }
function F() {}
console.log(show(<p><>x</></p>));
