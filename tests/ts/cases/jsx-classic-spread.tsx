import React from "react";
import { html } from "./lib/render.mjs";
const props = { title: "t", id: "x" };
console.log(html(<a href="#" {...props} data-extra="e">link</a>));
