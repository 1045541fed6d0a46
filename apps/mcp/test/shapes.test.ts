/**
 * The tools' input schemas are risk-core's shapes, not copies that may drift: each check below
 * fails to COMPILE (typecheck, and the ts-jest-free build of this test) when a field is added
 * to, removed from or changed in risk-core's type and not in src/shapes.ts, or the reverse.
 */
import type { OddsOptions, PricePathInput, ScenarioInput } from '@belowzero/risk-core';
import type { z } from 'zod';
import type { oddsOptionsInput, pricePathInput, scenarioInput } from '../src/shapes';

/** True only when A and B are the same type (optional fields included). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const scenarioMatches: Same<z.input<typeof scenarioInput>, ScenarioInput> = true;
const pathMatches: Same<z.input<typeof pricePathInput>, PricePathInput> = true;
const oddsMatches: Same<z.input<typeof oddsOptionsInput>, OddsOptions> = true;

test('the tool schemas have the shape of risk-core types (checked when this file compiles)', () => {
  expect([scenarioMatches, pathMatches, oddsMatches]).toEqual([true, true, true]);
});
