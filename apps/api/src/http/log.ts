/**
 * Structured logs: one JSON object per line on stdout, one line per request.
 */
export function logLine(
  level: 'info' | 'warn' | 'error',
  msg: string,
  fields: Record<string, unknown> = {},
): void {
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`,
  );
}

/** What the request log line reports, filled in as the request goes through. */
export interface RequestRecord {
  operationName: string | null;
  cost: number | null;
  errorCodes: string[];
}
