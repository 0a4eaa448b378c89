// @bale --jsx=automatic --jsx-import-source=preact
import { html } from "./lib/preact.mjs";
import { show } from "./lib/vdom.mjs";
console.log(show(<div a="1"><span>p</span></div>));
console.log(html(<div a="1"><span>p</span></div>));
