import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<div>
  {/* a comment */}
  text{/* inline */}more
  {
    // line comment
  }
</div>));
