/**
 * Small result types shared by the computations: prices by asset, who paid a deficit, and
 * the stamp every result carries (methodology version and the profile's as-of date).
 */
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { DeficitPayer } from './deficit-payer.js';
import { DecimalScalar } from './scalars.js';

@ObjectType({ description: 'The price of one asset.' })
export class AssetPrice {
  @Field({ description: 'Asset symbol.' })
  asset!: string;

  @Field(() => DecimalScalar, { description: 'Price in the quote currency.' })
  price!: string;
}

export function assetPrices(prices: Record<string, string>): AssetPrice[] {
  return Object.entries(prices).map(([asset, price]) => ({ asset, price }));
}

@ObjectType({ description: 'The part of a deficit one payer covered.' })
export class WaterfallPart {
  @Field(() => DeficitPayer, { description: 'Who paid.' })
  payer!: DeficitPayer;

  @Field(() => DecimalScalar, { description: 'Amount paid, in the settlement currency.' })
  amount!: string;
}

@ObjectType({ description: 'How one deficit past the bankruptcy price was covered.' })
export class DeficitWaterfall {
  @Field(() => DecimalScalar, { description: 'The deficit.' })
  deficit!: string;

  @Field(() => [WaterfallPart], {
    description: 'Payers in the order they paid (only those that paid).',
  })
  parts!: WaterfallPart[];

  @Field(() => DecimalScalar, { description: 'The part left to the user.' })
  userOwes!: string;

  @Field(() => DecimalScalar, { description: 'Insurance fund used.' })
  insuranceFundUsed!: string;

  @Field(() => [String], {
    description: "Modelling choices made where the profile says 'unknown'.",
  })
  notes!: string[];
}

@InterfaceType('ComputationResult', {
  description:
    'A result of risk-core: stamped with the methodology and the exchange profile it used.',
})
export abstract class Stamped {
  @Field({ description: 'Version of the risk-core methodology that computed this result.' })
  methodologyVersion!: string;

  @Field({ description: 'ISO date of the exchange profile used (its data as of that day).' })
  asOf!: string;

  @Field({ description: 'Slug of the exchange profile used.' })
  profileSlug!: string;

  @Field(() => Int, { description: 'Version of the exchange profile used.' })
  profileVersion!: number;
}
