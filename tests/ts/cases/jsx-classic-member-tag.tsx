import React from "react";
import { html } from "./lib/render.mjs";
const UI = { Button: (p: { text: string }) => <button>{p.text}</button> };
console.log(html(<UI.Button text="press" />));
