import React from "react";
import { html } from "./lib/render.mjs";
const Comp = ((p: { v: string }) => <em>{p.v}</em>) satisfies React.FC<{ v: string }>;
console.log(html(<Comp v="sat" />));
