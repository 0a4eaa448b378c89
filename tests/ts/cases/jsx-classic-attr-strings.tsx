import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<div title='single "double" inside' data-a="back\slash" aria-label="multi
line"></div>));
