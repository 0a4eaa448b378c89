// One cell of the table: the value as text, padded to its column's width.
export enum Align {
    Left,
    Right,
}

type Width = number;
const WIDTH: Width = 12;

export function formatCell(value: string | number, row: number, align: Align): string {
    const text: string = typeof value === 'number' ? value.toFixed(2) : value;
    // Nested on purpose: the throw is two frames inside this module.
    function pad(width: Width): string {
        if (text.length > width) {
            throw new RangeError(`row ${row}: "${text}" does not fit in ${width} columns`);
        }
        return align === Align.Left ? text.padEnd(width) : text.padStart(width);
    }
    return pad(WIDTH);
}
