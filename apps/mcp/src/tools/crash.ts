/**
 * The crash tools: simulate_crash (one price path, event by event) and odds_of_owing (a
 * seeded Monte Carlo, bounded as on the API).
 */
import { findProfile } from '@belowzero/risk-core/profiles';
import { MAX_SERVER_PATH_STEPS, oddsCost, pathPointsOf, simulateCost } from '@belowzero/server-kit';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { answer, stampFor, stampShape } from '../answers.js';
import type { ToolContext } from '../context.js';
import { ToolRefusal, toolError } from '../errors.js';
import { oddsOptionsInput, pricePathInput, scenarioInput } from '../shapes.js';

const probability = z.looseObject({ probability: z.string(), paths: z.number().int() });

export function registerCrashTools(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'simulate_crash',
    {
      title: 'What a crash would leave',
      description:
        'Runs the position through one price path (a shock such as -20% in one jump, a fall to zero, a historical crash replay from list_crashes, or drawn points): margin calls, stops, liquidations, any deficit and who pays it, and the balance at the end.',
      inputSchema: z.object({
        scenario: scenarioInput,
        path: pricePathInput,
        insuranceFundScale: z
          .string()
          .describe('Multiplies the insurance fund, e.g. "0" for an empty fund; default "1"')
          .optional(),
      }),
      outputSchema: z.looseObject({
        liquidated: z.boolean(),
        deficit: z.string(),
        userOwes: z.string(),
        finalBalance: z.string(),
        residualAtStake: z.string(),
        events: z.array(z.looseObject({ kind: z.string(), description: z.string() })),
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ scenario, path, insuranceFundScale }, extra) => {
      try {
        await context.charge(simulateCost(pathPointsOf(path), scenario.account.positions.length));
        const profile = findProfile(scenario.exchange);
        const options = insuranceFundScale === undefined ? {} : { insuranceFundScale };
        const result = await context.compute(
          { kind: 'simulate', input: scenario, profile, path, options },
          extra.signal,
        );
        const { points: _points, ...withoutPoints } = result;
        return answer(
          `${result.liquidated ? 'Liquidated' : 'Not liquidated'}; balance at the end ${result.finalBalance} ${result.currency}; the user owes ${result.userOwes}.`,
          withoutPoints,
          stampFor([profile], result.notes),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );

  server.registerTool(
    'odds_of_owing',
    {
      title: 'The odds of owing money',
      description: `Probabilities of liquidation, of a deficit and of the user owing money over a horizon, from a seeded Monte Carlo (volatility and jumps as given), with 95% intervals. At most ${MAX_SERVER_PATH_STEPS} paths x steps per call.`,
      inputSchema: z.object({ scenario: scenarioInput, options: oddsOptionsInput }),
      outputSchema: z.looseObject({
        liquidation: probability,
        deficit: probability,
        userOwes: probability,
        expectedUserOwes: z.string(),
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ scenario, options }, extra) => {
      try {
        if (options.paths * options.steps > MAX_SERVER_PATH_STEPS) {
          throw new ToolRefusal(
            `paths x steps must be at most ${MAX_SERVER_PATH_STEPS} (asked ${options.paths * options.steps}); run bigger estimates in the belowzero app.`,
            'options.paths',
          );
        }
        await context.charge(
          oddsCost(options.paths, options.steps, scenario.account.positions.length),
        );
        const profile = findProfile(scenario.exchange);
        const result = await context.compute(
          { kind: 'odds', input: scenario, profile, options },
          extra.signal,
        );
        return answer(
          `Over ${options.horizonHours} h: liquidation ${result.liquidation.probability}, a deficit ${result.deficit.probability}, the user owing money ${result.userOwes.probability} (shares of ${result.paths} paths).`,
          result,
          stampFor([profile], result.notes),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );
}
