// svg: the bench's charts, written as plain SVG text (no charting library).
//   barGrid       small multiples: one cell per fixture (columns) and variant (rows), one bar
//                 per bundler with its median, a min–max whisker, and a label; bundlers
//                 without a working bundle get a dashed placeholder saying why.
//   heapTimeline  one bale build's heap over time from its --mem-report timeline, coloured
//                 by stage, with the peak marked and the components at the peak beside it.

export const BUNDLER_COLORS = { bale: '#2b8a3e', esbuild: '#e67700', rolldown: '#1c7ed6' };
export const STAGE_COLORS = { scan: '#1c7ed6', link: '#ae3ec9', generate: '#e67700', write: '#2b8a3e' };
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';
const MUTED = '#868e96';

export function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x, y, s, attrs = '') {
  return `<text x="${r(x)}" y="${r(y)}" ${attrs}>${esc(s)}</text>`;
}

function r(x) {
  return Math.round(x * 10) / 10;
}

function svgDoc(width, height, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">\n`
    + `<rect width="${width}" height="${height}" fill="#ffffff"/>\n${body}</svg>\n`;
}

/** Round up to 1, 2 or 5 × a power of ten. */
function niceCeil(v) {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function ticks(max, count = 4) {
  const p = 10 ** Math.floor(Math.log10(max / count || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p).find((st) => st * count >= max) || 10 * p;
  const out = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) out.push(v);
  return out;
}

/**
 * cells(fixture, variant, bundler) → { median, min, max, ok, status, inner?, innerLabel? }.
 * fmt formats a value for labels.
 */
export function barGrid({ title, subtitle, fixtures, variants, bundlers, cell, fmt, legendExtra }) {
  const cellW = 210;
  const cellH = 170;
  const left = 150;
  const top = 92;
  const width = Math.max(820, left + fixtures.length * cellW + 16);
  const height = top + variants.length * cellH + 40;
  let body = text(16, 26, title, 'font-size="17" font-weight="600"');
  if (subtitle) body += text(16, 46, subtitle, `fill="${MUTED}"`);
  // Legend.
  let lx = 16;
  for (const b of bundlers) {
    body += `<rect x="${lx}" y="58" width="12" height="12" fill="${BUNDLER_COLORS[b] || '#495057'}"/>`;
    body += text(lx + 17, 69, b);
    lx += 30 + b.length * 7;
  }
  if (legendExtra) body += text(lx + 10, 69, legendExtra, `fill="${MUTED}"`);
  fixtures.forEach((f, ci) => {
    body += text(left + ci * cellW + cellW / 2, top - 6, f, 'text-anchor="middle" font-weight="600"');
  });
  variants.forEach((v, ri) => {
    const y0 = top + ri * cellH;
    body += text(left - 10, y0 + cellH / 2, v, 'text-anchor="end" font-weight="600"');
    fixtures.forEach((f, ci) => {
      const x0 = left + ci * cellW;
      body += `<rect x="${x0 + 4}" y="${y0 + 4}" width="${cellW - 8}" height="${cellH - 8}" fill="#f8f9fa" stroke="#e9ecef"/>`;
      const cs = bundlers.map((b) => ({ b, c: cell(f, v, b) }));
      const max = Math.max(...cs.filter(({ c }) => c && c.ok).map(({ c }) => Math.max(c.max ?? c.median, c.inner ?? 0)), 0);
      const axisMax = max > 0 ? max * 1.22 : 1;
      const plotTop = y0 + 14;
      const plotBottom = y0 + cellH - 26;
      const plotH = plotBottom - plotTop;
      const barW = 42;
      const gap = (cellW - 8 - bundlers.length * barW) / (bundlers.length + 1);
      cs.forEach(({ b, c }, k) => {
        const bx = x0 + 4 + gap + k * (barW + gap);
        const color = BUNDLER_COLORS[b] || '#495057';
        body += text(bx + barW / 2, plotBottom + 15, b, `text-anchor="middle" font-size="10" fill="${MUTED}"`);
        if (!c || !c.ok) {
          const h = plotH * 0.55;
          body += `<rect x="${bx}" y="${r(plotBottom - h)}" width="${barW}" height="${r(h)}" fill="none" stroke="${color}" stroke-dasharray="4 3"/>`;
          const label = c ? c.status : 'not run';
          body += `<text transform="translate(${r(bx + barW / 2 + 4)},${r(plotBottom - 6)}) rotate(-90)" font-size="10" fill="${MUTED}">${esc(label.length > 22 ? `${label.slice(0, 21)}…` : label)}</text>`;
          return;
        }
        const y = (val) => plotBottom - (val / axisMax) * plotH;
        body += `<rect x="${bx}" y="${r(y(c.median))}" width="${barW}" height="${r(plotBottom - y(c.median))}" fill="${color}" opacity="0.85"><title>${esc(`${b} ${f} ${v}: ${fmt(c.median)} (min ${fmt(c.min)}, max ${fmt(c.max)})`)}</title></rect>`;
        if (c.max > c.min) {
          const cx = bx + barW / 2;
          body += `<path d="M${r(cx)} ${r(y(c.max))}V${r(y(c.min))}M${r(cx - 5)} ${r(y(c.max))}h10M${r(cx - 5)} ${r(y(c.min))}h10" stroke="#212529" stroke-width="1"/>`;
        }
        if (c.inner != null) {
          body += `<rect x="${bx + 9}" y="${r(y(c.inner))}" width="${barW - 18}" height="${r(plotBottom - y(c.inner))}" fill="#212529" opacity="0.55"><title>${esc(`${b} peak heap ${fmt(c.inner)}`)}</title></rect>`;
        }
        body += text(bx + barW / 2, y(Math.max(c.max, c.median)) - 4, fmt(c.median), 'text-anchor="middle" font-size="10"');
      });
      body += `<line x1="${x0 + 8}" y1="${plotBottom}" x2="${x0 + cellW - 8}" y2="${plotBottom}" stroke="#adb5bd"/>`;
    });
  });
  body += text(16, height - 14, 'Bars: median of the runs; whiskers: min–max. Each cell has its own scale. Dashed: no working bundle (status shown).', `font-size="11" fill="${MUTED}"`);
  return svgDoc(width, height, body);
}

function fmtMs(ms) {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`;
}

function fmtMiB(b) {
  const m = b / 1048576;
  return m >= 100 ? `${m.toFixed(0)} MiB` : m >= 10 ? `${m.toFixed(1)} MiB` : `${m.toFixed(2)} MiB`;
}

/**
 * build: { label, report } with report being bale's --mem-report JSON, or null with a
 * message saying why there is nothing to draw.
 */
export function heapTimeline({ title, build, message }) {
  const width = 960;
  const height = 440;
  let body = text(16, 26, title, 'font-size="17" font-weight="600"');
  if (!build) {
    body += text(16, 60, message || 'No bale build to show.', 'font-size="14"');
    body += text(16, 84, 'This chart fills in from the --mem-report timeline of the first successful bale build.', `fill="${MUTED}"`);
    return svgDoc(width, 120, body);
  }
  const rep = build.report;
  const points = (rep.timeline || []).filter((p) => Number.isFinite(p.ms) && Number.isFinite(p.bytes));
  body += text(16, 46, build.label, `fill="${MUTED}"`);
  const px0 = 78;
  const px1 = 640;
  const py0 = 70;
  const py1 = height - 56;
  const maxMs = Math.max(rep.final?.ms ?? 0, ...points.map((p) => p.ms), 1e-3);
  const maxBytes = Math.max(rep.peak?.bytes ?? 0, ...points.map((p) => p.bytes), 1);
  // Scales in MiB and ms, so the ticks fall on round numbers of the units shown.
  const yMaxMiB = niceCeil((maxBytes * 1.1) / 1048576);
  const xMax = niceCeil(maxMs);
  const X = (ms) => px0 + (ms / xMax) * (px1 - px0);
  const Y = (b) => py1 - (b / 1048576 / yMaxMiB) * (py1 - py0);
  // Axes and grid.
  for (const t of ticks(yMaxMiB)) {
    body += `<line x1="${px0}" y1="${r(Y(t * 1048576))}" x2="${px1}" y2="${r(Y(t * 1048576))}" stroke="#e9ecef"/>`;
    body += text(px0 - 6, Y(t * 1048576) + 4, `${+t.toFixed(3)} MiB`, 'text-anchor="end" font-size="10"');
  }
  for (const t of ticks(xMax, 6)) {
    body += text(X(t), py1 + 16, `${+t.toFixed(3)} ms`, 'text-anchor="middle" font-size="10"');
  }
  body += `<line x1="${px0}" y1="${py1}" x2="${px1}" y2="${py1}" stroke="#495057"/>`;
  // Areas, one polygon per run of samples in the same stage.
  const stages = [];
  let i = 0;
  while (i < points.length) {
    const stage = points[i].stage || 'other';
    let j = i;
    while (j + 1 < points.length && (points[j + 1].stage || 'other') === stage) j++;
    const end = j + 1 < points.length ? j + 1 : j; // close the area at the next stage's first sample
    let d = `M${r(X(points[i].ms))} ${py1}`;
    for (let k = i; k <= end; k++) d += `L${r(X(points[k].ms))} ${r(Y(points[k].bytes))}`;
    d += `L${r(X(points[end].ms))} ${py1}Z`;
    const color = STAGE_COLORS[stage] || MUTED;
    body += `<path d="${d}" fill="${color}" opacity="0.35"/>`;
    if (!stages.includes(stage)) stages.push(stage);
    i = j + 1;
  }
  if (points.length) {
    body += `<path d="${points.map((p, k) => `${k ? 'L' : 'M'}${r(X(p.ms))} ${r(Y(p.bytes))}`).join('')}" fill="none" stroke="#212529" stroke-width="1.2"/>`;
  } else {
    body += text((px0 + px1) / 2, (py0 + py1) / 2, 'the report has no timeline samples', 'text-anchor="middle"');
  }
  // Peak.
  if (rep.peak) {
    const x = X(rep.peak.ms ?? 0);
    const y = Y(rep.peak.bytes);
    body += `<circle cx="${r(x)}" cy="${r(y)}" r="4" fill="#c92a2a"/>`;
    const label = `peak ${fmtMiB(rep.peak.bytes)} at ${fmtMs(rep.peak.ms ?? 0)} (${rep.peak.stage})`;
    const anchor = x > (px0 + px1) / 2 ? 'end' : 'start';
    body += text(x + (anchor === 'end' ? -8 : 8), Math.max(y - 8, py0 + 10), label, `text-anchor="${anchor}" font-weight="600" fill="#c92a2a"`);
  }
  if (Number.isFinite(rep.maxrss_bytes)) {
    body += text(px0, py1 + 36, `OS peak RSS of this build: ${fmtMiB(rep.maxrss_bytes)}`, `font-size="11" fill="${MUTED}"`);
  }
  // Stage legend.
  let lx = px0 + 260;
  for (const s of stages) {
    body += `<rect x="${lx}" y="${py1 + 27}" width="11" height="11" fill="${STAGE_COLORS[s] || MUTED}" opacity="0.6"/>`;
    body += text(lx + 15, py1 + 37, s, 'font-size="11"');
    lx += 24 + s.length * 7;
  }
  // Components at the peak.
  const comps = Object.entries(rep.peak?.by_component || {}).filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
  const total = comps.reduce((s, [, b]) => s + b, 0) || 1;
  const shown = comps.slice(0, 10);
  const rest = comps.slice(10).reduce((s, [, b]) => s + b, 0);
  if (rest > 0) shown.push(['other', rest]);
  const cx = 680;
  body += text(cx, py0 - 4, 'At the peak, by component', 'font-weight="600"');
  shown.forEach(([name, b], k) => {
    const y = py0 + 14 + k * 26;
    const w = (b / total) * 200;
    body += `<rect x="${cx}" y="${y}" width="${r(Math.max(w, 1))}" height="14" fill="#495057" opacity="0.7"/>`;
    body += text(cx + Math.max(w, 1) + 6, y + 11, `${name} ${fmtMiB(b)} (${((b / total) * 100).toFixed(0)} %)`, 'font-size="11"');
  });
  return svgDoc(width, height, body);
}
