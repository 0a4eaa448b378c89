import React from "react";
import { html } from "./lib/render.mjs";
const List = ({ items }: { items: string[] }) => <ul>{items.map(i => <li key={i}>{i}</li>)}</ul>;
console.log(html(<section><h1>Title</h1><List items={["a", "b"]} /></section>));
