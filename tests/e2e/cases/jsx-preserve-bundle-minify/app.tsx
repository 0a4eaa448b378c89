import React from "react";
import { Button } from "./button";

export function Page({ items }: { items: string[] }) {
    // A nested component: a slot name would be lowercase.
    const Item = ({ text }: { text: string }) => <li className="item">{text}</li>;
    return (
        <main>
            <Button label="go" />
            <ul>{items.map((t) => <Item key={t} text={t} />)}</ul>
        </main>
    );
}
