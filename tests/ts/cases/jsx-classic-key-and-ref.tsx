import React from "react";
import { show } from "./lib/vdom.mjs";
console.log(show(<div key="k1" className="c">x</div>));
