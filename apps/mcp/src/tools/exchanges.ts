/**
 * The exchange tools: list_exchanges, exchange_protections (what one product publishes about
 * a deficit, with its venue rules and sources) and compare_exchanges (the same position on
 * every venue, ranked).
 */
import {
  bankruptcyPriceWords,
  INSTRUMENT_KINDS,
  liquidationResidualWords,
  maintenanceBasisWords,
  protectionSummary,
  RULE_NOT_STATED,
  type SafeguardProfile,
  type Sourced,
  sourcedFields,
} from '@belowzero/risk-core';
import { findProfile } from '@belowzero/risk-core/profiles';
import { compareCost, pathPointsOf } from '@belowzero/server-kit';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { answer, stampFor, stampShape } from '../answers.js';
import type { ToolContext } from '../context.js';
import { toolError } from '../errors.js';
import { pricePathInput, scenarioInput } from '../shapes.js';

/** A listing is as cheap as the API's smallest query. */
const LIST_COST = 1;

const summaryItem = z.looseObject({ text: z.string(), source: z.string(), asOf: z.string() });

export function registerExchangeTools(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'list_exchanges',
    {
      title: 'Exchanges belowzero knows',
      description:
        'Every exchange product belowzero has a profile for (its slug is what the other tools take), with what it offers and whether a user can be left owing money there.',
      inputSchema: z.object({
        instrument: z.enum(INSTRUMENT_KINDS).describe('Only products offering it').optional(),
      }),
      outputSchema: z.looseObject({
        exchanges: z.array(
          z.looseObject({ slug: z.string(), exchange: z.string(), canUserOwe: z.string() }),
        ),
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ instrument }) => {
      try {
        await context.charge(LIST_COST);
        const listed = context.profiles.filter(
          (profile) => instrument === undefined || profile.instruments.includes(instrument),
        );
        const exchanges = listed.map((profile) => ({
          slug: profile.slug,
          exchange: profile.exchange,
          product: profile.product,
          instruments: profile.instruments,
          marginModes: profile.marginModes,
          canUserOwe: protectionSummary(profile).canUserOwe.text,
        }));
        return answer(
          `${exchanges.length} exchange products: ${exchanges.map((e) => e.slug).join(', ')}.`,
          { exchanges },
          stampFor(listed, []),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );

  server.registerTool(
    'exchange_protections',
    {
      title: 'How an exchange protects its users',
      description:
        'What one exchange product publishes about a deficit (can the user owe money, who covers a deficit and in which order, partial liquidation, guaranteed stops, its written promise), the venue rules that change a number, and every source with its date.',
      inputSchema: z.object({
        exchange: z.string().describe('Profile slug, e.g. "bybit-linear" (list_exchanges)'),
      }),
      outputSchema: z.looseObject({
        canUserOwe: summaryItem,
        deficitCoverage: summaryItem,
        rules: z.record(z.string(), z.string()),
        sources: z.array(
          z.looseObject({ field: z.string(), source: z.string(), asOf: z.string() }),
        ),
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ exchange }) => {
      try {
        await context.charge(LIST_COST);
        const profile = findProfile(exchange);
        const summary = protectionSummary(profile);
        return answer(
          `${profile.exchange} ${profile.product}: can the user owe money? ${summary.canUserOwe.text}. A deficit is covered by: ${summary.deficitCoverage.text}.`,
          { ...summary, rules: rulesInWords(profile), sources: sourcedFields(profile) },
          stampFor([profile], []),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );

  server.registerTool(
    'compare_exchanges',
    {
      title: 'The same position on every exchange',
      description:
        'Ranks the exchanges for this position: by the balance after the path when one is given, else after a worst-case gap; exchanges that do not list the contract are skipped with the reason.',
      inputSchema: z.object({
        scenario: scenarioInput,
        exchanges: z
          .array(z.string())
          .describe('Profile slugs to compare; default every exchange')
          .optional(),
        path: pricePathInput.optional(),
      }),
      outputSchema: z.looseObject({
        ranked: z.array(
          z.looseObject({
            rank: z.number().int(),
            profileSlug: z.string(),
            outcomeBalance: z.string(),
          }),
        ),
        skipped: z.array(z.looseObject({ profileSlug: z.string(), reason: z.string() })),
        ...stampShape,
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ scenario, exchanges, path }, extra) => {
      try {
        const chosen =
          exchanges === undefined
            ? [...context.profiles]
            : exchanges.map((slug) => findProfile(slug));
        await context.charge(
          compareCost(pathPointsOf(path), scenario.account.positions.length, chosen.length),
        );
        const result = await context.compute(
          { kind: 'compare', input: scenario, profiles: chosen, path },
          extra.signal,
        );
        const best = result.ranked[0];
        return answer(
          best === undefined
            ? 'No exchange can answer for this position.'
            : `Best for the user: ${best.exchange} ${best.product} (${best.answer}); ${result.ranked.length} ranked, ${result.skipped.length} skipped.`,
          result,
          stampFor(chosen, []),
        );
      } catch (error) {
        return toolError(error);
      }
    },
  );
}

/** The venue rules that change a number, in risk-core's words. */
function rulesInWords(profile: SafeguardProfile): Record<string, string> {
  const stated = <T>(field: Sourced<T> | undefined, words: (value: T) => string, absent: string) =>
    field === undefined ? absent : field.value === 'unknown' ? 'not published' : words(field.value);
  return {
    maintenanceBasis: stated(profile.maintenanceBasis, maintenanceBasisWords, 'not published'),
    closeFeeInMaintenance: stated(profile.closeFeeInMaintenance, yesNo, 'not published'),
    bankruptcyPrice: stated(
      profile.bankruptcyPrice,
      bankruptcyPriceWords,
      RULE_NOT_STATED.bankruptcyPrice,
    ),
    isolatedCloseFeeReserve: stated(
      profile.isolatedCloseFeeReserve,
      yesNo,
      RULE_NOT_STATED.isolatedCloseFeeReserve,
    ),
    liquidationResidual: stated(
      profile.liquidationResidual,
      liquidationResidualWords,
      RULE_NOT_STATED.liquidationResidual,
    ),
  };
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
