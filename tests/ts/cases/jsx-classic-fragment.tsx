import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<><b>one</b><i>two</i></>));
