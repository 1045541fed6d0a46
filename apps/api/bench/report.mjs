// Writes docs/benchmarks/api.md from one benchmark run: every figure (median of the runs,
// min and max beside it), each operation's ratio to the bare-server ceiling, the targets,
// the two-process scaling factor and the cores each part of the machine kept busy.
import { mkdirSync, writeFileSync } from 'node:fs';
import os, { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docsDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'benchmarks',
);

const whole = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const range = (summary, format) =>
  `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
const percent = (ratio) => `${(ratio * 100).toFixed(0)}%`;

const parts = ['api', 'loader', 'postgres', 'redis'];

function coresCell(cores) {
  if (!cores) return 'n/a';
  const ours = parts.reduce((sum, part) => sum + (cores[part] ?? 0), 0);
  const others = Math.max(0, (cores.machine ?? ours) - ours);
  return `${parts.map((part) => (cores[part] ?? 0).toFixed(2)).join(' / ')} = ${ours.toFixed(2)}; other processes ${others.toFixed(2)}`;
}

/** The targets of issue 7, checked on this run. */
function targets(one, ceiling) {
  const assess = one.get('assess');
  if (!assess)
    return [
      '- `assess` is not in this run (the API has no such operation yet): targets not checked.',
    ];
  const ratio = assess.requestsPerSecond.median / ceiling.requestsPerSecond.median;
  return [
    `- \`assess\` throughput >= 40% of the ceiling: **${percent(ratio)}**, ${ratio >= 0.4 ? 'met' : 'NOT met'}.`,
    `- \`assess\` p99 < 50 ms at ${'50'} connections: **${ms(assess.p99.median)} ms**, ${assess.p99.median < 50 ? 'met' : 'NOT met'}.`,
  ];
}

/**
 * @param {{ one: Map<string, any>, two: Map<string, any>, underLoad: any, rounds: number, seconds: number, connections: number,
 *   postgresVersion: string, redisVersion: string, loadBefore: number }} run
 * @returns {string} the file written
 */
export function writeReport({
  one,
  two,
  underLoad,
  rounds,
  seconds,
  connections,
  postgresVersion,
  redisVersion,
  loadBefore,
}) {
  const ceiling = one.get('ceiling');
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  const lines = [
    '## API (apps/api): GraphQL over HTTP',
    '',
    `Run on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`pnpm --filter @belowzero/api bench\` (apps/api/bench/run.mjs) on ${machine}, ` +
      `Node ${process.version}, PostgreSQL ${postgresVersion}, Redis ${redisVersion}.`,
    '',
    `Method: the production build (\`node dist/main.js\`, NODE_ENV=production) on loopback, its database a fresh ` +
      `database on the local PostgreSQL, its rate-limit buckets in the local Redis (charged on every request, made large ` +
      `enough never to refuse). autocannon 9 POSTs one operation over ${connections} connections for ${seconds} s; every ` +
      `figure is the median of ${rounds} such runs with min–max in brackets (rounds interleaved across operations, after a ` +
      `2 s warm-up each). Every answer is checked (no GraphQL error, no userErrors); a run with any failure aborts the ` +
      `benchmark. The ceiling is a bare Apollo Server 5 (its standalone node:http server) answering \`{ ping }\` in its own ` +
      `process: what Apollo over HTTP costs with no work behind it.`,
    '',
    '### One API process',
    '',
    '| operation | requests/s | ratio to ceiling | p50 latency, ms | p99 latency, ms |',
    '| --- | --- | --- | --- | --- |',
    ...[...one.entries()].map(
      ([name, figure]) =>
        `| ${name === 'ceiling' ? 'ceiling: bare Apollo, `{ ping }`' : `\`${name}\``} | ${range(figure.requestsPerSecond, whole)} | ` +
        `${percent(figure.requestsPerSecond.median / ceiling.requestsPerSecond.median)} | ${range(figure.p50, ms)} | ${range(figure.p99, ms)} |`,
    ),
    '',
    ...[...one.entries()]
      .filter(([name]) => name !== 'ceiling')
      .map(([name, figure]) => `- \`${name}\`: ${figure.title}.`),
    '',
    'Targets (issue 7), on this machine:',
    '',
    ...targets(one, ceiling),
    '',
    '### A cheap query while heavy computations run',
    '',
    `${underLoad.inFlight} clients each keep one worst-case \`odds\` request running (20 paths x 20,000 steps, every path ` +
      'crossing a threshold: about 1.7 s of one core each), on the compute threads (one per core but one), while one ' +
      `more client sends \`{ __typename }\` over one connection for ${whole(underLoad.total / underLoad.requestsPerSecond)} s.`,
    '',
    '| `{ __typename }` requests | requests/s | p50 latency, ms | p99 latency, ms | odds answered | odds refused (503: queue full or past the time limit) |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${whole(underLoad.total)} | ${whole(underLoad.requestsPerSecond)} | ${ms(underLoad.p50)} | ${ms(underLoad.p99)} | ` +
      `${underLoad.odds.answered} | ${underLoad.odds.refused} |`,
    '',
    `Target (issue 13): p99 under 50 ms while the odds run: **${ms(underLoad.p99)} ms**, ${underLoad.p99 < 50 ? 'met' : 'NOT met'}.`,
    '',
    `### Two API processes behind one PostgreSQL and one Redis`,
    '',
    `The same ${connections} connections, alternating between the two processes (connection i goes to process i mod 2), ` +
      'so each process gets half of them; no proxy in the path.',
    '',
    '| operation | requests/s, one process | requests/s, two processes | factor | p50, ms (two) | p99, ms (two) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...two.entries()].map(([name, figure]) => {
      const single = one.get(name);
      return (
        `| \`${name}\` | ${whole(single.requestsPerSecond.median)} | ${range(figure.requestsPerSecond, whole)} | ` +
        `${(figure.requestsPerSecond.median / single.requestsPerSecond.median).toFixed(2)}x | ${range(figure.p50, ms)} | ${range(figure.p99, ms)} |`
      );
    }),
    '',
    `### Where the ${cpus().length} cores went`,
    '',
    'Cores kept busy during each measurement (CPU seconds / wall seconds, from /proc), as API process(es) / load generator / ' +
      'PostgreSQL (every local cluster) / Redis = their total; then whatever else the machine ran meanwhile (other ' +
      'processes: the benchmark shares the machine). A sum near the core count means the machine, not one process, ' +
      `was the limit. Load average (1 min) before the run ${loadBefore.toFixed(2)}, after it ${os.loadavg()[0].toFixed(2)}.`,
    '',
    '| operation | one process | two processes |',
    '| --- | --- | --- |',
    ...[...one.entries()].map(
      ([name, figure]) =>
        `| ${name === 'ceiling' ? 'ceiling (bare Apollo)' : `\`${name}\``} | ${coresCell(figure.cores)} | ${two.has(name) ? coresCell(two.get(name).cores) : '—'} |`,
    ),
    '',
    ...[...one.entries()]
      .filter(([, figure]) => figure.cores?.api)
      .map(([name, figure]) => {
        const cpuMs = (figure.cores.api / figure.requestsPerSecond.median) * 1000;
        return `- \`${name}\`${name === 'ceiling' ? ' (bare Apollo)' : ''}: ${cpuMs.toFixed(2)} ms of server CPU per request.`;
      }),
    '',
  ];
  mkdirSync(docsDir, { recursive: true });
  const file = join(docsDir, 'api.md');
  writeFileSync(file, lines.join('\n'));
  return file;
}
