import React from "react";
import { html } from "./lib/render.mjs";
const x = "X";
console.log(html(
  <p>
    first line
    second   line   {x}
       third {x} {x}

    <b> bold </b> after
  </p>
));
