// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
console.log(html(<div className="auto">Hello <b>auto</b></div>));
