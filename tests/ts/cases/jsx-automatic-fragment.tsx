// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
console.log(html(<><span>a</span>b</>));
