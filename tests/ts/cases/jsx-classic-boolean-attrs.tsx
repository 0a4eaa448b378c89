import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<input disabled readOnly={false} value="v" />));
