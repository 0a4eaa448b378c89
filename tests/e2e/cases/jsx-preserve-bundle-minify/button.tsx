export function Button(props: { label: string }) {
    const count = props.label.length;
    return <button data-count={count}>{props.label} &rarr;</button>;
}
