// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
function Maybe({ show }: { show: boolean }) { return show ? <b>shown</b> : null; }
console.log(html(<div><Maybe show /><Maybe show={false} /></div>));
