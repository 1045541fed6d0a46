/**
 * An exchange's protection in a few plain answers (risk-core `protectionSummary`), derived
 * from the sourced profile data.
 */
import type { ProtectionSummary as Summary, SummaryItem } from '@belowzero/risk-core';
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { DeficitPayer } from './deficit-payer.js';

export enum YesNoUnknown {
  YES = 'yes',
  NO = 'no',
  UNKNOWN = 'unknown',
}
registerEnumType(YesNoUnknown, {
  name: 'YesNoUnknown',
  description: 'A yes/no answer that the exchange may not publish.',
  valuesConfig: {
    YES: { description: 'Yes.' },
    NO: { description: 'No.' },
    UNKNOWN: { description: 'The exchange does not publish it.' },
  },
});

@InterfaceType('SourcedAnswer', {
  description: 'A plain answer derived from a sourced profile field.',
})
abstract class SummarySource {
  @Field({ description: 'The answer in plain words.' })
  text!: string;

  @Field({ description: 'Source the answer was derived from.' })
  source!: string;

  @Field({ description: 'ISO date of the source.' })
  asOf!: string;

  @Field({ description: 'True when it rests on a belowzero modelling assumption.' })
  assumption!: boolean;
}

@ObjectType({ implements: SummarySource, description: 'A yes/no/unknown answer with its source.' })
export class YesNoAnswer extends SummarySource {
  @Field(() => YesNoUnknown, { description: 'The answer.' })
  value!: YesNoUnknown;
}

@ObjectType({
  implements: SummarySource,
  description: 'The deficit coverage order with its source.',
})
export class CoverageAnswer extends SummarySource {
  @Field(() => [DeficitPayer], {
    nullable: true,
    description: 'Payers in order; null when unknown.',
  })
  value!: DeficitPayer[] | null;
}

@ObjectType({
  implements: SummarySource,
  description: 'The negative-balance promise with its source.',
})
export class PromiseAnswer extends SummarySource {
  @Field({ description: 'False when the exchange does not say.' })
  known!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The verbatim promise; null when none is published or unknown.',
  })
  value!: string | null;
}

@ObjectType({ description: "What the profile's data says about protection, in plain answers." })
export class ProtectionSummary {
  @Field(() => YesNoAnswer, { description: 'Whether the terms can leave the user owing money.' })
  canUserOwe!: YesNoAnswer;

  @Field(() => CoverageAnswer, { description: 'Who pays a deficit past bankruptcy, in order.' })
  deficitCoverage!: CoverageAnswer;

  @Field(() => YesNoAnswer, { description: 'Whether liquidation can be partial.' })
  partialLiquidation!: YesNoAnswer;

  @Field(() => YesNoAnswer, { description: 'Whether guaranteed stops are offered.' })
  guaranteedStops!: YesNoAnswer;

  @Field(() => PromiseAnswer, { description: 'The written negative-balance promise.' })
  negativeBalancePromise!: PromiseAnswer;
}

const sourceOf = <T>(item: SummaryItem<T>) => ({
  text: item.text,
  source: item.source,
  asOf: item.asOf,
  assumption: item.assumption,
});

export function toProtectionSummary(summary: Summary): ProtectionSummary {
  const coverage = summary.deficitCoverage.value;
  const promise = summary.negativeBalancePromise.value;
  return {
    canUserOwe: {
      ...sourceOf(summary.canUserOwe),
      value: summary.canUserOwe.value as YesNoUnknown,
    },
    deficitCoverage: {
      ...sourceOf(summary.deficitCoverage),
      value: coverage === 'unknown' ? null : (coverage as DeficitPayer[]),
    },
    partialLiquidation: {
      ...sourceOf(summary.partialLiquidation),
      value: summary.partialLiquidation.value as YesNoUnknown,
    },
    guaranteedStops: {
      ...sourceOf(summary.guaranteedStops),
      value: summary.guaranteedStops.value as YesNoUnknown,
    },
    negativeBalancePromise: {
      ...sourceOf(summary.negativeBalancePromise),
      known: promise !== 'unknown',
      value: promise === 'unknown' ? null : promise,
    },
  };
}
