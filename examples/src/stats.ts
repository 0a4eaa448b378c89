// Small statistics over number lists. Side-effect free, so a bundler keeps only what is used.

export function sum(values: readonly number[]): number {
    return values.reduce((a, b) => a + b, 0);
}

export function mean(values: readonly number[]): number {
    return values.length === 0 ? 0 : sum(values) / values.length;
}

export function median(values: readonly number[]): number {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Nothing imports this: tree shaking must remove it, and its marker string with it.
// (`grep BALE_TREE_SHAKING_MARKER out.js` finds nothing in a correct bundle.)
export function histogram(values: readonly number[], buckets: number): string {
    const counts = new Array<number>(buckets).fill(0);
    const max = Math.max(...values);
    for (const v of values) counts[Math.min(buckets - 1, Math.floor((v / max) * buckets))]++;
    return 'BALE_TREE_SHAKING_MARKER ' + counts.map((n) => '#'.repeat(n)).join('|');
}
