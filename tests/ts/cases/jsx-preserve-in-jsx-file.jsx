// @bale --jsx=preserve
// A .jsx file with preserved JSX: member tags, namespaced attributes, nested elements as
// attribute values, and a child spread.
import React from "react";
import { show } from "./lib/vdom.mjs";

const UI = { Box: (props) => React.createElement("div", props) };
const kids = ["a", "b"];
console.log(show(<UI.Box title=<em>attr</em> xml:lang="en" data-x-y="z">{...kids}</UI.Box>));
console.log(show(<svg:g><svg:circle r="1" /></svg:g>));
