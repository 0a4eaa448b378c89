// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
console.log(html(<p data-q="&quot;x&quot;">&hellip; &mdash; &euro; &#8364;</p>));
