#!/usr/bin/env node
/**
 * belowzero's MCP server over stdio, for a desktop assistant that starts it as a process
 * (README, "belowzero in an AI assistant"). One local user: no rate limit, the same bounds on
 * heavy work as everywhere. Logs go to stderr; stdout carries the protocol only.
 */
import { profiles } from '@belowzero/risk-core/profiles';
import { ComputePool } from '@belowzero/server-kit';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { belowzeroServer } from './server.js';
import { readSettings } from './settings.js';

async function main(): Promise<void> {
  const settings = readSettings();
  const pool = new ComputePool({
    ...settings.compute,
    threads: Math.min(settings.compute.threads, 2),
  });
  const server = belowzeroServer({
    profiles,
    compute: (task, signal) => pool.run(task, signal),
    charge: async () => undefined,
  });
  const transport = new StdioServerTransport();
  transport.onclose = () => void pool.close();
  await server.connect(transport);
  process.stdin.on('end', () => void server.close());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `belowzero-mcp: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
