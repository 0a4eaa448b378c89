import React from "react";
import { html } from "./lib/render.mjs";
function Gen<T>({ value }: { value: T }) { return <span>{String(value)}</span>; }
console.log(html(<Gen<number> value={5} />));
