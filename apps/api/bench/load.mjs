// One measurement: autocannon POSTing one GraphQL operation over loopback for a fixed time.
import autocannon from 'autocannon';

/**
 * @param {object} target
 * @param {string | string[]} target.url one URL, or several: connection i goes to url[i % n]
 * @param {string} target.body the JSON request body
 * @param {Record<string, string>} [target.headers]
 * @param {(body: string) => boolean} target.verify true when a response body is a success
 * @param {number} connections
 * @param {number} seconds
 * @param {{ warmUp?: boolean }} [options] a warm-up may complete no request (slow operations)
 */
export async function measure(target, connections, seconds, { warmUp = false } = {}) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    duration: seconds,
    verifyBody: target.verify,
  });
  if (result.requests.total === 0 && !warmUp) {
    throw new Error(
      `${[target.url].flat().join(', ')}: no request completed in ${seconds} s (is the machine overloaded?)`,
    );
  }
  const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
  if (failed > 0) {
    throw new Error(
      `${[target.url].flat().join(', ')}: ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${result.timeouts} timeouts, ${result.mismatches} failed answers out of ${result.requests.total} requests`,
    );
  }
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}
