// CPU time used by each part of the benchmark (API processes, the load generator,
// PostgreSQL, Redis), read from /proc, so the report can say which part used the cores.
// On a system without /proc every figure is null.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process in seconds, or 0 when it is gone. */
function processSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** Pids of the processes whose command name is `name` (e.g. "postgres", "redis-server"). */
export function pidsNamed(name) {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Busy CPU seconds of the whole machine (every process), from /proc/stat. */
function machineSeconds() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / ticksPerSecond;
}

/**
 * CPU seconds per part right now, and of the whole machine as `machine`.
 * @param {Record<string, () => number[]>} parts name -> pids of that part
 * @returns {Record<string, number> | null}
 */
export function cpuSnapshot(parts) {
  if (!existsSync('/proc/self/stat')) return null;
  const snapshot = {};
  for (const [name, pids] of Object.entries(parts)) {
    snapshot[name] = pids().reduce((sum, pid) => sum + processSeconds(pid), 0);
  }
  snapshot.machine = machineSeconds();
  return snapshot;
}

/** Cores each part kept busy between two snapshots taken `seconds` apart. */
export function coresBetween(before, after, seconds) {
  if (!before || !after) return null;
  const cores = {};
  for (const name of Object.keys(after))
    cores[name] = Math.max(0, (after[name] - (before[name] ?? 0)) / seconds);
  return cores;
}
