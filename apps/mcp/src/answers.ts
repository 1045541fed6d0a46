/**
 * How every tool answers: the result, stamped with the methodology and each profile version
 * it used, the assumptions behind it and what the engine does not model; as structured
 * content (the output schema) and as text an assistant can quote.
 */
import {
  METHODOLOGY_VERSION,
  NOT_MODELLED,
  sourcedFields,
  type SafeguardProfile,
} from '@belowzero/risk-core';
import { z } from 'zod';

/** The stamp every result carries (its fields are in each tool's output schema). */
export const stampShape = {
  methodologyVersion: z.string().describe("belowzero's formula version"),
  profilesUsed: z
    .array(z.object({ slug: z.string(), version: z.number().int(), asOf: z.string() }))
    .describe('Each exchange profile used, its version and the day its data was checked'),
  assumptions: z
    .array(z.string())
    .describe("belowzero's assumptions behind this answer (figures no venue publishes)"),
  notModelled: z.array(z.string()).describe('What the engine leaves out'),
};

export interface Stamp {
  methodologyVersion: string;
  profilesUsed: { slug: string; version: number; asOf: string }[];
  assumptions: string[];
  notModelled: string[];
}

/** The stamp for these profiles, with the result's own notes on what it assumed. */
export function stampFor(profiles: readonly SafeguardProfile[], notes: readonly string[]): Stamp {
  const assumed = profiles.flatMap((profile) =>
    sourcedFields(profile)
      .filter((field) => field.assumption)
      .map(
        (field) =>
          `${profile.slug} ${field.field}: ${field.note ?? 'a belowzero assumption'} (${field.source})`,
      ),
  );
  return {
    methodologyVersion: METHODOLOGY_VERSION,
    profilesUsed: profiles.map(({ slug, version, asOf }) => ({ slug, version, asOf })),
    assumptions: [...new Set([...notes, ...assumed])],
    notModelled: [...NOT_MODELLED],
  };
}

export interface ToolAnswer {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent: Record<string, unknown>;
}

/** A tool's answer: a plain-words summary first, then the whole result as JSON. */
export function answer(summary: string, result: object, stamp: Stamp): ToolAnswer {
  const structuredContent = { ...result, ...stamp };
  return {
    content: [{ type: 'text', text: `${summary}\n\n${JSON.stringify(structuredContent)}` }],
    structuredContent,
  };
}
