// @bale --jsx=automatic
import { show } from "./lib/vdom.mjs";
const p = { id: "p" };
console.log(show(<div {...p} key="late">y</div>));
console.log(show(<div key="early" {...p}>z</div>));
