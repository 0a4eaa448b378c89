// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
console.log(html(<div>
    leading and trailing
    <span> inner </span>   after span
</div>));
