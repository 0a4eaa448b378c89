import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<div style={{ color: "red", marginTop: 4 }} aria-hidden="true" tabIndex={-1}>s</div>));
