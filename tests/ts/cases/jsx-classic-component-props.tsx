import React from "react";
import { html } from "./lib/render.mjs";
interface Props { label: string; count?: number; children?: React.ReactNode }
function Badge({ label, count = 0, children }: Props) { return <span data-count={count}>{label}{children}</span>; }
console.log(html(<Badge label="L" count={3}><em>kid</em></Badge>));
