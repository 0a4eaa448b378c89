// Lays the rows out as text, one line a row.
import { formatCell, Align } from './format.ts';

export function renderTable(rows) {
    const lines = rows.map((row, index) => renderRow(row, index));
    return lines.join('\n');
}

function renderRow(row, index) {
    const cells = [row.item, row.cents / 100].map((value) => formatCell(value, index, Align.Right));
    return cells.join(' | ');
}
