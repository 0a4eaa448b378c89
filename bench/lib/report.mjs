// report: the markdown of bench/results/latest.md (and the summary bench/README.md embeds),
// from the results run.mjs collected. Numbers appear only for bundles that passed their
// check; every other row says what happened instead.
import { fmtBytes, fmtRange, fmtRatio, fmtSeconds, MiB } from './stats.mjs';

function bundlerList(data) {
  return data.config.bundlers.map((b) => `${b} ${data.versions[b] || '(version unknown)'}`).join(', ');
}

export function machineLine(data) {
  const m = data.machine;
  return `${m.cpu} (${m.cores} cores), ${(m.memBytes / (1024 * MiB)).toFixed(1)} GiB RAM, ${m.os}, node ${m.node}`;
}

export function headerLines(data) {
  const c = data.config;
  const lines = [
    `Measured ${data.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} on ${machineLine(data)}.`,
    `Bundlers: ${bundlerList(data)}${data.commit ? `; bale from commit ${data.commit}` : ''}.`,
    `${c.runs} timed run${c.runs === 1 ? '' : 's'} per bundler, fixture and variant${c.warmup ? ` after ${c.warmup} warm-up round${c.warmup === 1 ? '' : 's'}` : ''}, bundlers alternating run by run (A B C A B C …), each as a whole process; load average ${data.load.start.join(' ')} at the start, ${data.load.end ? data.load.end.join(' ') : '?'} at the end${data.elapsedSeconds ? `; the whole run took ${fmtSeconds(data.elapsedSeconds)}` : ''}.`,
  ];
  return lines;
}

function statusText(res) {
  return res.ok ? 'ok' : res.status;
}

function heapCell(res) {
  if (!res.ok || !res.heap) return '—';
  const h = res.heap;
  const comp = h.topComponent ? `; ${h.topComponent} ${Math.round(h.topShare * 100)} %` : '';
  return `${fmtRange(h.peak, fmtBytes)} (${h.stage}${comp})`;
}

function ratioCell(res, peer) {
  const r = res.ratios && res.ratios[peer];
  if (!r) return '—';
  const parts = [];
  if (r.wall) parts.push(`time ${fmtRatio(r.wall.median)}`);
  if (r.rss) parts.push(`RSS ${fmtRatio(r.rss.median)}`);
  return parts.join(' · ') || '—';
}

function outputCell(res) {
  if (!res.ok || res.outBytes == null) return '—';
  return res.mapBytes != null ? `${fmtBytes(res.outBytes)} + map ${fmtBytes(res.mapBytes)}` : fmtBytes(res.outBytes);
}

function fixtureHeading(f) {
  const ts = f.inputs.ts ? ` (${f.inputs.ts.toLocaleString('en-US')} TypeScript)` : '';
  return `${f.name} — ${f.about}; ${f.inputs.modules.toLocaleString('en-US')} modules${ts}, ${fmtBytes(f.inputs.bytes)}`;
}

/** The plain-variant summary: one row per fixture, wall and RSS per bundler. */
export function summaryTable(data) {
  const variant = data.config.variants.includes('plain') ? 'plain' : data.config.variants[0];
  const bundlers = data.config.bundlers;
  let md = `| fixture (${variant}) | modules | ${bundlers.map((b) => `${b}: wall · peak RSS`).join(' | ')} |\n`;
  md += `|---|--:|${bundlers.map(() => '---').join('|')}|\n`;
  for (const f of data.fixtures) {
    const cells = bundlers.map((b) => {
      const res = data.results.find((r) => r.fixture === f.name && r.variant === variant && r.bundler === b);
      if (!res) return 'not run';
      if (!res.ok) return res.status;
      return `${fmtSeconds(res.wall.median)} · ${fmtBytes(res.rss.median)}`;
    });
    md += `| ${f.name} | ${f.inputs.modules.toLocaleString('en-US')} | ${cells.join(' | ')} |\n`;
  }
  return md;
}

export function markdown(data) {
  let md = '# bale benchmark: latest results\n\n';
  md += `${headerLines(data).join('\n')}\n\n`;
  md += 'Reproduce with `make bench` (see [bench/README.md](../README.md)). Charts: [time](time.svg), '
    + '[memory](memory.svg), [bale heap over time](heap-timeline.svg).\n\n';
  md += '**How to read.** *wall*: elapsed time of the bundler process, median [min–max] of the runs. '
    + '*CPU*: user + system time (median). *peak RSS*: the process\'s resident-set high-water mark '
    + '(ru_maxrss from wait4). *bale heap*: the peak heap bale reports itself (--mem-report-file), with the stage '
    + 'that was running at the peak and the largest component then. *output*: bundle size (and source map). '
    + '*bale/peer*: bale ÷ peer computed run by run (run i of bale with run i of the peer), median of those '
    + 'ratios, below 1× means bale is faster or smaller; shown only when both bundles passed their check. '
    + 'A bundle that fails its check is FAILED and none of its numbers count.\n\n';
  md += `## Summary\n\n${summaryTable(data)}\n`;
  const bundlers = data.config.bundlers;
  const peers = bundlers.filter((b) => b !== 'bale');
  for (const f of data.fixtures) {
    md += `## ${fixtureHeading(f)}\n\n`;
    md += `| variant | bundler | status | wall | CPU | peak RSS | bale heap | output |${bundlers.includes('bale') ? peers.map((p) => ` bale/${p} |`).join('') : ''}\n`;
    md += `|---|---|---|--:|--:|--:|---|--:|${bundlers.includes('bale') ? peers.map(() => '---|').join('') : ''}\n`;
    for (const v of data.config.variants) {
      for (const b of bundlers) {
        const res = data.results.find((r) => r.fixture === f.name && r.variant === v && r.bundler === b);
        if (!res) continue;
        const ok = res.ok;
        const cells = [
          v, b, statusText(res),
          ok ? fmtRange(res.wall, fmtSeconds) : '—',
          ok ? fmtSeconds(res.cpu?.median) : '—',
          ok ? fmtRange(res.rss, fmtBytes) : '—',
          b === 'bale' ? heapCell(res) : '',
          outputCell(res),
        ];
        if (bundlers.includes('bale')) for (const p of peers) cells.push(b === 'bale' ? ratioCell(res, p) : '');
        md += `| ${cells.join(' | ')} |\n`;
      }
    }
    md += '\n';
  }
  // One note per distinct message, listing where it happened.
  const groups = new Map();
  const add = (res, text) => {
    const key = `${res.bundler}\n${text}`;
    if (!groups.has(key)) groups.set(key, { bundler: res.bundler, text, where: [] });
    groups.get(key).where.push(`${res.fixture} ${res.variant}`);
  };
  for (const res of data.results) {
    if (!res.ok) add(res, `**${res.status}**${res.detail ? `: \`${res.detail.replace(/`/g, "'")}\`` : ''}`);
    if (res.note) add(res, res.note);
  }
  const notes = [...groups.values()].map((g) => `- ${g.bundler} (${g.where.join(', ')}): ${g.text}`);
  if (notes.length) md += `## Notes\n\n${notes.join('\n')}\n\n`;
  md += '## How each bundler was run\n\n';
  for (const b of data.bundlerInfo) md += `- **${b.name}** ${b.version || ''}: ${b.how}. Example: \`${b.example}\`\n`;
  md += '\n';
  return md;
}
