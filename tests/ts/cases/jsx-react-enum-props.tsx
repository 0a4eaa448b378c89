import React from "react";
import { html } from "./lib/render.mjs";
enum Size { Small = "sm", Large = "lg" }
const Btn = ({ size }: { size: Size }) => <button className={`btn-${size}`}>{Size[size as any] ?? size}</button>;
console.log(html(<Btn size={Size.Large} />));
