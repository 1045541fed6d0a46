import type { Servers } from './servers';

/** Stops the API, the PWA and the venue stand-in started by the global setup (only those). */
export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as { e2eServers?: Servers }).e2eServers;
  for (const child of servers?.processes ?? []) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGTERM');
    // A grace of 10 s, and its timer cleared once the process is gone: a pending timer would
    // keep jest alive after the run ("did not exit one second after the test run").
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([
      exited,
      new Promise((resolveWait) => (grace = setTimeout(resolveWait, 10_000))),
    ]);
    clearTimeout(grace);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  await servers?.venues.close();
}
