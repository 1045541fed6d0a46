/**
 * The position tools: assess_position (can the balance go negative, and at which prices) and
 * guard_rails (what would make it safe against a gap).
 */
import { ANSWERS, assess } from '@belowzero/risk-core';
import { findProfile } from '@belowzero/risk-core/profiles';
import { ASSESS_COST, GUARD_RAILS_COST } from '@belowzero/server-kit';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { answer, stampFor, stampShape } from '../answers.js';
import type { ToolContext } from '../context.js';
import { toolError } from '../errors.js';
import { scenarioInput } from '../shapes.js';

const decimalOrNull = z.string().nullable();

const assessmentShape = {
  answer: z
    .enum(ANSWERS)
    .describe('CANNOT_GO_NEGATIVE, PROTECTED (others cover a deficit), USER_LIABLE or SOCIALIZED'),
  reason: z.string().describe('Why, in plain words'),
  settlementAsset: z.string(),
  positions: z.array(
    z.looseObject({
      liquidationPrice: decimalOrNull,
      bankruptcyPrice: decimalOrNull,
      marginCallPrice: decimalOrNull,
    }),
  ),
  worstCase: z.looseObject({ balance: z.string(), userOwes: z.string() }),
  warnings: z.array(z.looseObject({ code: z.string(), message: z.string() })),
  ...stampShape,
};

export function registerPositionTools(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'assess_position',
    {
      title: 'Can my balance go negative?',
      description:
        'For a position (or account) on one exchange: whether the user can end up owing money, the liquidation, bankruptcy and margin-call prices, and what a worst-case gap leaves. Decimals are strings; the exchange is a profile slug from list_exchanges.',
      inputSchema: z.object({ scenario: scenarioInput }),
      outputSchema: z.looseObject(assessmentShape),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ scenario }) => {
      try {
        await context.charge(ASSESS_COST);
        const profile = findProfile(scenario.exchange);
        const result = assess(scenario, profile);
        const assumed = result.warnings
          .filter((warning) => warning.code === 'PROFILE_FIGURE_UNKNOWN')
          .map((warning) => warning.message);
        return answer(`${result.answer}: ${result.reason}`, result, stampFor([profile], assumed));
      } catch (error) {
        return toolError(error);
      }
    },
  );

  server.registerTool(
    'guard_rails',
    {
      title: 'What would make it safe',
      description:
        'Against a price gap of gapPercent (e.g. "20"): the largest leverage that leaves no deficit, the largest at which the user cannot be left owing, and where a stop-loss still fills before bankruptcy.',
      inputSchema: z.object({
        scenario: scenarioInput,
        gapPercent: z.string().describe('Size of the gap in % of the current price, e.g. "20"'),
      }),
      outputSchema: z.looseObject({
        gapPercent: z.string(),
        maxLeverageWithoutDeficit: decimalOrNull,
        maxSafeLeverage: decimalOrNull,
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ scenario, gapPercent }, extra) => {
      try {
        await context.charge(GUARD_RAILS_COST);
        const profile = findProfile(scenario.exchange);
        const result = await context.compute(
          { kind: 'guardRails', input: scenario, profile, gapPercent },
          extra.signal,
        );
        const safe = result.maxSafeLeverage;
        return answer(
          safe === null
            ? `Against a ${gapPercent}% gap no leverage keeps the user from owing money.`
            : `Against a ${gapPercent}% gap the user cannot be left owing at up to ${safe}x.`,
          result,
          stampFor([profile], []),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );
}
