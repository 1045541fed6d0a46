/**
 * Resources: each exchange profile (belowzero://exchanges/{slug}) and each historical crash
 * (belowzero://crashes/{id}) as JSON, every figure with its source and as-of date.
 */
import { historicalCrashes } from '@belowzero/risk-core';
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolContext } from './context.js';

export function registerResources(server: McpServer, context: ToolContext): void {
  server.registerResource(
    'exchange-profile',
    new ResourceTemplate('belowzero://exchanges/{slug}', {
      list: () => ({
        resources: context.profiles.map((profile) => ({
          uri: `belowzero://exchanges/${profile.slug}`,
          name: `${profile.exchange} ${profile.product}`,
          description: `Safeguard profile v${profile.version}, checked ${profile.asOf}`,
          mimeType: 'application/json',
        })),
      }),
    }),
    {
      title: 'Exchange safeguard profile',
      description:
        'Everything one exchange product publishes about margin, liquidation and deficits, each figure with its source and as-of date.',
      mimeType: 'application/json',
    },
    (uri, { slug }) => {
      const profile = context.profiles.find((candidate) => candidate.slug === slug);
      if (profile === undefined) throw new Error(`No exchange profile "${String(slug)}".`);
      return { contents: [json(uri.href, profile)] };
    },
  );

  server.registerResource(
    'historical-crash',
    new ResourceTemplate('belowzero://crashes/{id}', {
      list: () => ({
        resources: historicalCrashes.map((crash) => ({
          uri: `belowzero://crashes/${crash.id}`,
          name: crash.title,
          description: `${crash.asset}, ${crash.date}`,
          mimeType: 'application/json',
        })),
      }),
    }),
    {
      title: 'Historical crash',
      description: 'A documented crash: dated price waypoints, how deficits were covered, sources.',
      mimeType: 'application/json',
    },
    (uri, { id }) => {
      const crash = historicalCrashes.find((candidate) => candidate.id === id);
      if (crash === undefined) throw new Error(`No historical crash "${String(id)}".`);
      return { contents: [json(uri.href, crash)] };
    },
  );
}

function json(uri: string, value: unknown) {
  return { uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) };
}
