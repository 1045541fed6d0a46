// The API benchmark (`pnpm --filter @belowzero/api bench`, or `pnpm bench` at the root): the
// production build on loopback, 50 connections, each operation measured BENCH_ROUNDS times
// for BENCH_SECONDS each, beside a bare Apollo Server as the ceiling; first with one API
// process, then with two sharing one PostgreSQL and one Redis (autocannon alternates its
// connections between them). Writes docs/benchmarks/api.md.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiCases, ceilingCase } from './cases.mjs';
import { coresBetween, cpuSnapshot, pidsNamed } from './cpu.mjs';
import { measure } from './load.mjs';
import { startServerProcess } from './processes.mjs';
import { writeReport } from './report.mjs';
import { measureUnderHeavyOdds } from './under-load.mjs';
import { createBenchDatabase, createBenchRedisPrefix, redisUrl } from './services.mjs';
import { summarize } from './stats.mjs';

/* global fetch */

const here = dirname(fileURLToPath(import.meta.url));
const apiMain = join(here, '..', 'dist', 'main.js');
const rounds = positive('BENCH_ROUNDS', 3);
const seconds = positive('BENCH_SECONDS', 5);
const connections = 50;

function positive(name, fallback) {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1`);
  return value;
}

async function graphql(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return response.text();
}

/** Sends each case once and fails loudly when its answer is not a success. */
async function checkCases(url, cases) {
  for (const item of cases) {
    const text = await graphql(url, item.body, item.headers);
    if (!item.verify(text))
      throw new Error(
        `bench case ${item.name} does not succeed against ${url}:\n${text.slice(0, 2000)}`,
      );
  }
}

/**
 * Measures every case `rounds` times, interleaved (round 1 of every case, then round 2...)
 * so a drift of the machine spreads over all of them. Returns per case the summaries and
 * the cores each part kept busy over all its rounds.
 */
async function measureCases(cases, urlOf, parts) {
  for (const item of cases)
    await measure({ ...item, url: urlOf(item) }, connections, 2, { warmUp: true }); // JIT, pools
  const runs = new Map(cases.map((item) => [item.name, []]));
  const cpu = new Map(cases.map((item) => [item.name, { before: {}, total: {}, seconds: 0 }]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const item of cases) {
      const before = cpuSnapshot(parts);
      const started = process.hrtime.bigint();
      const run = await measure({ ...item, url: urlOf(item) }, connections, seconds);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const cores = coresBetween(before, cpuSnapshot(parts), wall);
      const entry = cpu.get(item.name);
      if (cores)
        for (const [part, value] of Object.entries(cores))
          entry.total[part] = (entry.total[part] ?? 0) + value * wall;
      entry.seconds += wall;
      runs.get(item.name).push(run);
      console.log(
        `  round ${round} ${item.name.padEnd(16)} ${run.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
          `p50 ${run.p50} ms  p99 ${run.p99} ms`,
      );
    }
  }
  return new Map(
    cases.map((item) => {
      const list = runs.get(item.name);
      const usage = cpu.get(item.name);
      const cores = Object.fromEntries(
        Object.entries(usage.total).map(([part, value]) => [part, value / usage.seconds]),
      );
      return [
        item.name,
        {
          title: item.title,
          requestsPerSecond: summarize(list.map((run) => run.requestsPerSecond)),
          p50: summarize(list.map((run) => run.p50)),
          p99: summarize(list.map((run) => run.p99)),
          cores: Object.keys(cores).length > 0 ? cores : null,
        },
      ];
    }),
  );
}

async function main() {
  if (!existsSync(apiMain))
    throw new Error(
      `${apiMain} is missing: build the API first (pnpm --filter @belowzero/api build)`,
    );
  const loadBefore = loadavg()[0];
  const stops = [];
  const database = await createBenchDatabase();
  stops.push(() => database.drop());
  const redis = await createBenchRedisPrefix();
  stops.push(() => redis.clear());
  try {
    const apiEnv = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      RATE_LIMIT_PREFIX: redis.prefix,
      // The buckets are still charged in Redis on every request; they are only made large
      // enough that the load generator (one client) is never refused.
      RATE_LIMIT_CAPACITY: '10000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '1000000',
      // Room for every connection's computation to wait for a thread: the bench measures
      // throughput, not the refusals a full queue gives (COMPUTE_QUEUE, 16 by default).
      COMPUTE_QUEUE: String(connections * 2),
    };
    const ready = /belowzero API ready at (\S+)/;
    const ceiling = await startServerProcess(
      join(here, 'ceiling.mjs'),
      { PATH: apiEnv.PATH },
      /ceiling ready at (\S+)/,
    );
    stops.unshift(() => ceiling.stop());
    const first = await startServerProcess(apiMain, apiEnv, ready);
    stops.unshift(() => first.stop());

    const device = JSON.parse(
      await graphql(first.url, JSON.stringify({ query: 'mutation { createDevice { token } }' })),
    );
    const cases = apiCases(device.data.createDevice.token);
    await checkCases(ceiling.url, [ceilingCase]);
    await checkCases(first.url, cases);

    const shared = {
      loader: () => [process.pid],
      postgres: () => pidsNamed('postgres'),
      redis: () => pidsNamed('redis-server'),
    };
    console.log(
      `one API process (pid ${first.pid}), ceiling (pid ${ceiling.pid}): ${rounds} x ${seconds} s per figure`,
    );
    const one = await measureCases(
      [ceilingCase, ...cases],
      (item) => (item === ceilingCase ? ceiling.url : first.url),
      { api: () => [first.pid, ceiling.pid], ...shared },
    );

    const underLoad = await measureUnderHeavyOdds(first.url, seconds * rounds);
    console.log(
      `  { __typename } beside ${underLoad.inFlight} worst-case odds: p50 ${underLoad.p50} ms  p99 ${underLoad.p99} ms ` +
        `(${underLoad.odds.answered} odds answered, ${underLoad.odds.refused} refused)`,
    );

    const second = await startServerProcess(apiMain, apiEnv, ready);
    stops.unshift(() => second.stop());
    await checkCases(second.url, cases);
    console.log(
      `two API processes (pids ${first.pid}, ${second.pid}), connections alternating between them`,
    );
    const two = await measureCases(cases, () => [first.url, second.url], {
      api: () => [first.pid, second.pid],
      ...shared,
    });

    const file = writeReport({
      one,
      two,
      underLoad,
      rounds,
      seconds,
      connections,
      postgresVersion: database.version,
      redisVersion: redis.version,
      loadBefore,
    });
    console.log(`wrote ${file}`);
  } finally {
    for (const stop of stops)
      await stop().catch((error) => console.error(`cleanup: ${error.message}`));
  }
}

await main();
