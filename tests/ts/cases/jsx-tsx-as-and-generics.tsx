import React from "react";
import { html } from "./lib/render.mjs";
const el = (<div>{(1 as number) + 1}</div>) as React.ReactElement;
function id<T>(x: T): T { return x; }
console.log(html(id<React.ReactElement>(el)));
