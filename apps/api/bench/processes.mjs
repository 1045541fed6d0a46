// Starts a Node server script as a child process and waits for its "... ready at <url>" line.
import { spawn } from 'node:child_process';

/**
 * @param {string} script path of the script to run with this Node
 * @param {Record<string, string>} env its whole environment (nothing else is inherited)
 * @param {RegExp} readyLine a pattern whose first group is the URL
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export function startServerProcess(script, env, readyLine) {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      const match = readyLine.exec(output);
      if (!match) {
        if (output.length > 100_000) output = output.slice(-10_000);
        return;
      }
      // From here on the request log is read and dropped, so the pipe never fills.
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({
        url: match[1],
        pid: child.pid,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    exited.then((code) =>
      reject(new Error(`${script} exited (${code}) before it was ready:\n${output.slice(-4000)}`)),
    );
  });
}
