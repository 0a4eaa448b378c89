import React, { createContext, useContext } from "react";
import { html } from "./lib/render.mjs";
const Theme = createContext<string>("light");
const Show = () => <span>{useContext(Theme)}</span>;
console.log(html(<Theme.Provider value="dark"><Show /></Theme.Provider>));
