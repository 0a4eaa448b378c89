import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<p>it's "quoted" \ back {'{braces}'} ðŸ˜€ é</p>));
