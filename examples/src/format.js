// Plain JavaScript text formatting. The table printer is the default export.

// Pads text to width; numbers (right-aligned) and text (left-aligned).
export function pad(value, width, alignRight) {
    const text = String(value);
    return alignRight ? text.padStart(width) : text.padEnd(width);
}

// Renders rows (arrays of cells) under a header as an aligned text table. A column whose
// header starts with '>' is right-aligned (the '>' is not printed).
export default function formatTable(header, rows) {
    const right = header.map((h) => h.startsWith('>'));
    const titles = header.map((h) => h.replace(/^>/, ''));
    const widths = titles.map((t, c) => Math.max(t.length, ...rows.map((r) => String(r[c]).length)));
    const line = (cells) =>
        cells.map((cell, c) => pad(cell, widths[c], right[c])).join('  ').trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(titles), rule, ...rows.map(line)].join('\n');
}
