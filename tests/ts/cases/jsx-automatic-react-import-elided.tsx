// @bale --jsx=automatic
import React from "react";
import { html } from "./lib/render.mjs";
console.log(html(<i>no React needed</i>));
