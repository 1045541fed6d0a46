/** list_crashes: the documented historical crashes a simulation can replay, with sources. */
import { historicalCrashes } from '@belowzero/risk-core';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { answer, stampFor, stampShape } from '../answers.js';
import type { ToolContext } from '../context.js';
import { toolError } from '../errors.js';

export function registerCrashListTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'list_crashes',
    {
      title: 'Historical crashes',
      description:
        'The documented crashes simulate_crash can replay (path kind "replay", crashId), each with its dated price waypoints, how the deficits were covered, and sources.',
      inputSchema: z.object({}),
      outputSchema: z.looseObject({
        crashes: z.array(
          z.looseObject({ id: z.string(), title: z.string(), asset: z.string(), date: z.string() }),
        ),
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      try {
        await context.charge(1);
        return answer(
          historicalCrashes
            .map((crash) => `${crash.id}: ${crash.title} (${crash.asset}, ${crash.date})`)
            .join('\n'),
          { crashes: historicalCrashes },
          stampFor([], []),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );
}
