import React from "react";
import { html } from "./lib/render.mjs";
const n = 3;
console.log(html(<p>a{" "}b {n}items&nbsp;{n > 2 && "many"}	tab	end</p>));
console.log(html(<p>
  {n}
  {" "}
  trailing   </p>));
