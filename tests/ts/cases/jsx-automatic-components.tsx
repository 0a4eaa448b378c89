// @bale --jsx=automatic
import { html } from "./lib/render.mjs";
const Card = ({ title, children }: { title: string; children?: any }) => <div className="card"><h2>{title}</h2>{children}</div>;
console.log(html(<Card title="T"><p>body</p><p>more</p></Card>));
