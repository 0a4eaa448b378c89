import React from "react";
import { html } from "./lib/render.mjs";
const wrap = <T,>(x: T) => [x];
const wrap2 = <T extends string>(x: T) => x.toUpperCase();
console.log(wrap(1), wrap2("a"), html(<i>{wrap2("b")}</i>));
