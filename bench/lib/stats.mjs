// stats: small summaries of repeated measurements, and the formatting the tables share.

export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** { min, median, max, n } of the finite numbers in xs, or null when there are none. */
export function summary(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return { min: Math.min(...v), median: median(v), max: Math.max(...v), n: v.length };
}

/** Ratios a[i]/b[i] of two equally long series, summarised. */
export function pairedRatios(a, b) {
  const n = Math.min(a.length, b.length);
  const r = [];
  for (let i = 0; i < n; i++) {
    if (a[i] > 0 && b[i] > 0) r.push(a[i] / b[i]);
  }
  return summary(r);
}

export const MiB = 1048576;

export function fmtSeconds(s) {
  if (s == null) return '—';
  if (s < 0.1) return `${(s * 1000).toFixed(0)} ms`;
  if (s < 10) return `${s.toFixed(2)} s`;
  return `${s.toFixed(1)} s`;
}

export function fmtBytes(b) {
  if (b == null) return '—';
  if (b < 1024) return `${b} B`;
  if (b < MiB) return `${(b / 1024).toFixed(1)} KiB`;
  if (b < 1024 * MiB) return `${(b / MiB).toFixed(b < 10 * MiB ? 2 : 1)} MiB`;
  return `${(b / (1024 * MiB)).toFixed(2)} GiB`;
}

export function fmtRatio(r) {
  if (r == null) return '—';
  return `${r.toFixed(r < 10 ? 2 : 1)}×`;
}

/** "median [min–max]" with a formatter. */
export function fmtRange(s, fmt) {
  if (!s) return '—';
  if (s.n === 1 || s.min === s.max) return fmt(s.median);
  return `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]`;
}
