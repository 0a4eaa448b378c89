// @bale --jsx=automatic --jsx-import-source=preact
import { show } from "./lib/vdom.mjs";
console.log(show(<div a="1"><span>p</span></div>));
