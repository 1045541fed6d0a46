/**
 * The API's scenario classes are risk-core's ScenarioInput, field for field: each check below
 * fails to COMPILE (typecheck) when a field is added to, removed from, or made optional or
 * required in risk-core's type and not in src/schema/scenario-inputs.ts, or the reverse; and
 * when an enum gains or loses a value on one side only.
 */
import type {
  AccountInput,
  AddInput,
  CostsInput,
  HoldingInput,
  InstrumentKind as CoreInstrumentKind,
  MarginMode as CoreMarginMode,
  PositionInput,
  ScenarioInput,
  Side as CoreSide,
  StopLossInput,
  StopLossType as CoreStopLossType,
} from '@belowzero/risk-core';
import type {
  AccountFields,
  AddFields,
  CostsFields,
  HoldingFields,
  InstrumentKind,
  MarginMode,
  PositionFields,
  ScenarioFields,
  Side,
  StopLossFields,
  StopLossType,
} from '../src/schema/scenario-inputs';

/** True only when A and B are the same type. */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Same field names, and the same ones required. */
type SameFields<A, B> =
  Same<keyof A, keyof B> extends true ? Same<RequiredKeys<A>, RequiredKeys<B>> : false;

const fields: true[] = [
  true satisfies SameFields<ScenarioFields, ScenarioInput>,
  true satisfies SameFields<AccountFields, AccountInput>,
  true satisfies SameFields<PositionFields, PositionInput>,
  true satisfies SameFields<StopLossFields, StopLossInput>,
  true satisfies SameFields<AddFields, AddInput>,
  true satisfies SameFields<HoldingFields, HoldingInput>,
  true satisfies SameFields<CostsFields, CostsInput>,
];
const enums: true[] = [
  true satisfies Same<`${InstrumentKind}`, CoreInstrumentKind>,
  true satisfies Same<`${Side}`, CoreSide>,
  true satisfies Same<`${MarginMode}`, CoreMarginMode>,
  true satisfies Same<`${StopLossType}`, CoreStopLossType>,
];

test("the API's scenario classes have risk-core's fields and enum values (checked when this file compiles)", () => {
  expect(fields.length + enums.length).toBe(11);
});
