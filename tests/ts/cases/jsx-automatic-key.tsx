// @bale --jsx=automatic
import { show } from "./lib/vdom.mjs";
console.log(show(<div key="k" id="i">x</div>));
