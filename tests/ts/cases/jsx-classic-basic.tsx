import React from "react";
import { html } from "./lib/render.mjs";
const name = "world";
console.log(html(<div className="greet" id="g">Hello, {name}!</div>));
