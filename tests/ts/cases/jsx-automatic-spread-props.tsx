// @bale --jsx=automatic
import { show } from "./lib/vdom.mjs";
const rest = { b: 2, c: 3 };
console.log(show(<div a={1} {...rest} d="4" />));
