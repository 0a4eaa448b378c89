import React, { useState } from "react";
import { html } from "./lib/render.mjs";
function Counter({ start }: { start: number }) { const [n] = useState<number>(start); return <output>{n * 2}</output>; }
console.log(html(<Counter start={21} />));
