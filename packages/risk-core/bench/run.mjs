// risk-core benchmarks: assess, compare over every profile, and the Monte Carlo odds
// (10,000 paths x 1,440 steps) against a bare float loop drawing the same random numbers.
// Runs on the built dist (pnpm --filter @belowzero/risk-core build first); writes
// docs/benchmarks/risk-core.md. Timings are reported, never asserted.
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { assess, compare, estimateOdds } from '../dist/esm/index.js';
import { prepareOdds } from '../dist/esm/odds.js';
import { findProfile, profiles } from '../dist/esm/profile-data.js';
import { SeededRandom } from '../dist/esm/random.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', '..', '..', 'docs', 'benchmarks', 'risk-core.md');

const scenario = {
  schemaVersion: 1,
  exchange: 'binance-usdm',
  account: {
    walletBalance: '1000',
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '60000',
        size: '0.1',
        leverage: '10',
        marginMode: 'cross',
      },
    ],
  },
};
const profile = findProfile('binance-usdm');
// The same position isolated (its own margin backs it; no wallet).
const isolated = {
  ...scenario,
  account: { positions: [{ ...scenario.account.positions[0], marginMode: 'isolated' }] },
};
// A stress case for the odds: isolated 20x, where about a quarter of the paths cross a
// threshold and are accounted in Decimal.
const stressed = {
  ...scenario,
  account: {
    positions: [{ ...scenario.account.positions[0], leverage: '20', marginMode: 'isolated' }],
  },
};

const oddsOptions = {
  seed: 20261125,
  paths: 10_000,
  steps: 1_440, // one step a minute over a day
  horizonHours: '24',
  volatility: '0.6',
  jumpIntensityPerYear: '12',
  jumpMean: '-0.05',
  jumpStdDev: '0.08',
};

function describe(odds) {
  const ci = (p) => `${Number(p.interval.low).toFixed(4)}-${Number(p.interval.high).toFixed(4)}`;
  return `P(liquidation) = ${odds.liquidation.probability} (95% CI ${ci(odds.liquidation)}), P(deficit) = ${odds.deficit.probability} (95% CI ${ci(odds.deficit)}), P(user owes) = ${odds.userOwes.probability}`;
}

function gc() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** Microseconds per call of fn, measured over `iterations` calls. */
function perCall(fn, iterations) {
  return perCallTimed(fn, iterations).wall;
}

/** Wall and process CPU microseconds per call: on a shared machine the CPU time is what the
 * call itself cost, the wall time includes waiting for a core. */
function perCallTimed(fn, iterations) {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) fn();
  const wall = ((performance.now() - start) * 1000) / iterations;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / iterations };
}

/** The odds model's path loop with nothing else: the same draws, in the same order. */
function bareLoop(model, seed, paths, steps) {
  const random = new SeededRandom(seed);
  let sink = 0;
  for (let path = 0; path < paths; path += 1) {
    let x = 0;
    for (let step = 1; step <= steps; step += 1) {
      x += model.logDriftPerStep + model.diffusionPerStep * random.normal();
      if (model.expMinusJumpsPerStep < 1) {
        const jumps = random.poisson(model.expMinusJumpsPerStep);
        if (jumps > 0)
          x += jumps * model.jumpMean + model.jumpStdDev * Math.sqrt(jumps) * random.normal();
      }
    }
    sink += x;
  }
  return sink;
}

async function main() {
  // Warm-up so every measured run sees optimised code.
  for (let i = 0; i < 2000; i += 1) assess(scenario, profile);
  for (let i = 0; i < 2000; i += 1) assess(isolated, profile);
  compare(scenario, profiles);
  await estimateOdds(scenario, profile, { ...oddsOptions, paths: 500 });
  const { model } = prepareOdds(scenario, profile, oddsOptions);
  bareLoop(model, oddsOptions.seed, 500, oddsOptions.steps);

  const assessUs = [];
  const assessCpuUs = [];
  const isolatedUs = [];
  const isolatedCpuUs = [];
  const compareMs = [];
  const oddsMs = [];
  const stressMs = [];
  const bareMs = [];
  let odds;
  let stress;
  for (let run = 0; run < RUNS; run += 1) {
    const cross = perCallTimed(() => assess(scenario, profile), 5000);
    assessUs.push(cross.wall);
    assessCpuUs.push(cross.cpu);
    const alone = perCallTimed(() => assess(isolated, profile), 5000);
    isolatedUs.push(alone.wall);
    isolatedCpuUs.push(alone.cpu);
    compareMs.push(perCall(() => compare(scenario, profiles), 50) / 1000);
    // Interleave odds and the bare loop so machine noise hits both alike.
    gc();
    let start = performance.now();
    bareLoop(model, oddsOptions.seed, oddsOptions.paths, oddsOptions.steps);
    bareMs.push(performance.now() - start);
    gc();
    start = performance.now();
    odds = await estimateOdds(scenario, profile, oddsOptions);
    oddsMs.push(performance.now() - start);
    gc();
    start = performance.now();
    stress = await estimateOdds(stressed, profile, oddsOptions);
    stressMs.push(performance.now() - start);
  }
  const ratios = oddsMs.map((ms, i) => bareMs[i] / ms);
  const stressRatios = stressMs.map((ms, i) => bareMs[i] / ms);
  const result = {
    assess: stats(assessUs),
    assessCpu: stats(assessCpuUs),
    isolated: stats(isolatedUs),
    isolatedCpu: stats(isolatedCpuUs),
    compare: stats(compareMs),
    odds: stats(oddsMs),
    bare: stats(bareMs),
    ratio: stats(ratios),
    stress: stats(stressMs),
    stressRatio: stats(stressRatios),
  };
  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
  const date = new Date().toISOString();
  const f = (n, digits = 1) => n.toFixed(digits);
  const row = (name, s, unit, digits, target) =>
    `| ${name} | ${f(s.median, digits)} ${unit} | ${f(s.min, digits)} | ${f(s.max, digits)} | ${target} |`;
  const markdown = `## risk-core

Generated by \`pnpm --filter @belowzero/risk-core bench\` (\`node --expose-gc bench/run.mjs\` on the built \`dist\`).
Median of ${RUNS} runs, with the minimum and maximum. Tests never assert timings; these are measurements.

- Machine: ${machine}
- Date: ${date}
- Process CPU time over the whole run: ${f(process.cpuUsage().user / 1e6, 1)} s user for ${f(performance.now() / 1000, 1)} s of wall time
  (a wall time far above the CPU time means the machine was busy with other work: the spreads widen).

| measurement | median | min | max | target |
| --- | --- | --- | --- | --- |
${row('assess, one cross linear position (binance-usdm), per call', result.assess, 'µs', 1, `< 50 µs (${result.assess.median < 50 ? 'met' : 'missed'})`)}
${row('assess, one isolated linear position (binance-usdm), per call', result.isolated, 'µs', 1, `< 50 µs (${result.isolated.median < 50 ? 'met' : 'missed'})`)}
${row('assess, one cross linear position, process CPU time per call', result.assessCpu, 'µs', 1, '-')}
${row('assess, one isolated linear position, process CPU time per call', result.isolatedCpu, 'µs', 1, '-')}
${row(`compare over all ${profiles.length} profiles (no path), per call`, result.compare, 'ms', 2, '-')}
${row(`odds: ${oddsOptions.paths.toLocaleString('en')} paths x ${oddsOptions.steps.toLocaleString('en')} steps`, result.odds, 'ms', 0, '-')}
${row('bare float loop, same draws', result.bare, 'ms', 0, '-')}
${row('speed ratio odds / bare loop (bare time / odds time)', result.ratio, '', 3, `>= 0.5 (${result.ratio.median >= 0.5 ? 'met' : 'missed'})`)}
${row('odds, stress case (isolated 20x: many crossing paths)', result.stress, 'ms', 0, '-')}
${row('speed ratio, stress case', result.stressRatio, '', 3, `>= 0.5 (${result.stressRatio.median >= 0.5 ? 'met' : 'missed'})`)}

The assess runs: BTC long 0.1 at 60,000, 10x on binance-usdm, no costs; cross with a 1,000 USDT wallet, or
isolated with no wallet. Their CPU rows are the process CPU time per call (what the calls cost, including the
garbage collector's threads, without the waits for a core that inflate the wall time on a busy machine).

The odds run: BTC long 0.1 at 60,000, 10x cross with 1,000 USDT wallet on binance-usdm; jump-diffusion with
volatility 60%/year, 12 jumps/year of mean log size -0.05 (sd 0.08), horizon 24 h, seed ${oddsOptions.seed}.
Result: ${describe(odds)}. Stress case (same, isolated 20x, no wallet): ${describe(stress)}.
The bare loop draws the same random numbers
(normal, Poisson, jump normal per step) and only sums the log price; the ratio says how much the threshold checks,
chunking (a yield to the event loop every 250 paths) and the Decimal accounting of crossing paths cost on top.
`;
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, markdown);
  process.stdout.write(markdown);
}

await main();
