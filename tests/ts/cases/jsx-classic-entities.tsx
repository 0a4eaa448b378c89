import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<p title="a &amp; b &quot;q&quot;">&lt;tag&gt; &copy; &#169; &#xA9; &nbsp;x &unknown; &amp;amp;</p>));
