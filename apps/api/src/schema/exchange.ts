/**
 * Exchange safeguard profiles: how each exchange product margins, liquidates and covers a
 * deficit, every figure with its source and as-of date.
 */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { type StoredProfile } from '../services/profile-store.js';
import { Node, toGlobalId } from './node.js';
import {
  optionalProvenance,
  provenance,
  SourcedBoolean,
  SourcedDecimal,
  SourcedInt,
  SourcedText,
} from './provenance.js';
import { InstrumentKind, MarginMode } from './scenario-inputs.js';

import {
  SourcedLiquidation,
  SourcedStopLossOffers,
  SourcedWaterfall,
  SpotMarginRules,
} from './exchange-rules.js';

@ObjectType('Exchange', {
  implements: Node,
  description:
    "An exchange product's safeguard profile: margining, liquidation and deficit coverage, sourced and dated.",
})
export class ExchangeNode extends Node {
  readonly typename = 'Exchange' as const;

  @Field({ description: 'Stable identifier, e.g. "binance-usdm".' })
  slug!: string;

  @Field({ description: 'Exchange name.' })
  exchange!: string;

  @Field({ description: 'Product name, e.g. "USDⓈ-M perpetuals".' })
  product!: string;

  @Field(() => Int, {
    description: 'Profile version; with asOf it makes old results reproducible.',
  })
  version!: number;

  @Field({ description: "ISO date the profile was last checked against the exchange's material." })
  asOf!: string;

  @Field({ description: 'Currency margin and results are denominated in.' })
  settlementCurrency!: string;

  @Field(() => [InstrumentKind], { description: 'Instruments offered.' })
  instruments!: InstrumentKind[];

  @Field(() => [MarginMode], { description: 'Margin modes offered.' })
  marginModes!: MarginMode[];

  /** The stored version this node shows (the contracts field reads its contracts). */
  stored!: StoredProfile;

  @Field(() => SourcedText, {
    description:
      '"complete" when the contracts are everything the venue lists (an asset missing from them is not listed there); "partial" when they are only those belowzero has a record of.',
  })
  contractListing!: SourcedText;

  @Field({
    description:
      '"bundled": this version shipped with belowzero; "venue": the venue refresh made it from the venue\'s own endpoints.',
  })
  origin!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "ISO date the venue's tables were last read again and found as this version holds them; null when never re-read.",
  })
  venueCheckedOn!: string | null;

  @Field(() => SourcedText, {
    description: 'How maintenance is valued: "mark_notional" or "entry_notional".',
  })
  maintenanceBasis!: SourcedText;

  @Field(() => SourcedBoolean, {
    description: 'Whether the estimated close fee counts in maintenance margin.',
  })
  closeFeeInMaintenance!: SourcedBoolean;

  @Field(() => SourcedText, {
    nullable: true,
    description:
      'How the bankruptcy price is defined: "fee_free" (margin exhausted) or "includes_close_fee" (margin exhausted with the fee to close paid); null when not stated (fee-free is used).',
  })
  bankruptcyPrice!: SourcedText | null;

  @Field(() => SourcedBoolean, {
    nullable: true,
    description:
      "Whether an isolated position's margin also holds the fee to close it at its bankruptcy price; null when not stated (no).",
  })
  isolatedCloseFeeReserve!: SourcedBoolean | null;

  @Field(() => SourcedText, {
    nullable: true,
    description:
      'What the user keeps of the margin left after a liquidation: "to_venue" (taken over at the bankruptcy price), "returned", or "returned_less_fee"; null when not published (a simulation counts it as lost and reports residualAtStake).',
  })
  liquidationResidual!: SourcedText | null;

  @Field(() => SourcedDecimal, { description: 'Taker fee rate (fraction of notional).' })
  takerFeeRate!: SourcedDecimal;

  @Field(() => SourcedDecimal, { description: 'Maker fee rate (fraction of notional).' })
  makerFeeRate!: SourcedDecimal;

  @Field(() => SourcedDecimal, {
    description: 'Fee charged on a liquidation (fraction of liquidated notional).',
  })
  liquidationFeeRate!: SourcedDecimal;

  @Field(() => SourcedLiquidation, { description: 'How the liquidation engine closes positions.' })
  liquidation!: SourcedLiquidation;

  @Field(() => SourcedInt, {
    description: 'Delay between trigger and fill, in milliseconds (usually an assumption).',
  })
  liquidationLatencyMs!: SourcedInt;

  @Field(() => SourcedDecimal, {
    description: 'Book depth: notional that moves the fill 1% against the order.',
  })
  depthNotionalPerPercent!: SourcedDecimal;

  @Field(() => SourcedDecimal, {
    description: 'Margin ratio (maintenance / equity) at which the exchange warns.',
  })
  marginCallRatio!: SourcedDecimal;

  @Field(() => SpotMarginRules, { nullable: true, description: 'Spot-margin rules, when offered.' })
  spotMargin!: SpotMarginRules | null;

  @Field(() => SourcedDecimal, {
    description: "Insurance fund capacity available to one contract's deficits.",
  })
  insuranceFundCapacity!: SourcedDecimal;

  @Field(() => SourcedBoolean, {
    description: 'Whether auto-deleveraging can close profitable opposite positions.',
  })
  autoDeleveraging!: SourcedBoolean;

  @Field(() => SourcedBoolean, { description: 'Whether losses can be socialized across traders.' })
  socializedLoss!: SourcedBoolean;

  @Field(() => SourcedWaterfall, {
    description: 'Order in which a deficit past bankruptcy is paid.',
  })
  deficitWaterfall!: SourcedWaterfall;

  @Field(() => SourcedBoolean, {
    description: 'Whether the terms leave the user owing an uncovered deficit.',
  })
  userLiableForDeficit!: SourcedBoolean;

  @Field(() => SourcedText, {
    description: 'The written negative-balance promise, verbatim; value null when none.',
  })
  negativeBalancePromise!: SourcedText;

  @Field(() => SourcedStopLossOffers, { description: 'Stop-loss types offered.' })
  stopLossTypes!: SourcedStopLossOffers;

  @Field(() => GraphQLJSONObject, {
    description: 'The whole profile as risk-core publishes it (SafeguardProfile JSON).',
  })
  profile!: Record<string, unknown>;
}

export function toExchangeNode(stored: StoredProfile): ExchangeNode {
  const { profile } = stored;
  const liquidation = provenance(profile.liquidation);
  const stops = provenance(profile.stopLossTypes);
  const node = new ExchangeNode();
  Object.assign(node, {
    id: toGlobalId('Exchange', profile.slug),
    stored,
    slug: profile.slug,
    exchange: profile.exchange,
    product: profile.product,
    version: profile.version,
    asOf: profile.asOf,
    settlementCurrency: profile.settlementCurrency,
    instruments: profile.instruments,
    marginModes: profile.marginModes,
    contractListing: provenance(
      profile.contractListing ?? {
        value: 'partial',
        source: 'belowzero',
        asOf: profile.asOf,
        note: 'No listing was read from the venue: the contracts are those belowzero has a record of.',
      },
    ),
    origin: stored.origin,
    venueCheckedOn: stored.venueCheckedOn,
    maintenanceBasis: provenance(profile.maintenanceBasis),
    closeFeeInMaintenance: provenance(profile.closeFeeInMaintenance),
    bankruptcyPrice: optionalProvenance(profile.bankruptcyPrice),
    isolatedCloseFeeReserve: optionalProvenance(profile.isolatedCloseFeeReserve),
    liquidationResidual: optionalProvenance(profile.liquidationResidual),
    takerFeeRate: provenance(profile.takerFeeRate),
    makerFeeRate: provenance(profile.makerFeeRate),
    liquidationFeeRate: provenance(profile.liquidationFeeRate),
    liquidation: {
      ...liquidation,
      value: liquidation.value && {
        kind: liquidation.value.kind,
        stepFraction: liquidation.value.stepFraction ?? null,
        tiersPerStep: liquidation.value.tiersPerStep ?? null,
        stepIntervalMs: liquidation.value.stepIntervalMs ?? null,
      },
    },
    liquidationLatencyMs: provenance(profile.liquidationLatencyMs),
    depthNotionalPerPercent: provenance(profile.depthNotionalPerPercent),
    marginCallRatio: provenance(profile.marginCallRatio),
    spotMargin: profile.spotMargin
      ? {
          levelDefinition: profile.spotMargin.levelDefinition,
          marginCallLevel: provenance(profile.spotMargin.marginCallLevel),
          liquidationLevel: provenance(profile.spotMargin.liquidationLevel),
          maxLeverage: provenance(profile.spotMargin.maxLeverage),
          hourlyInterestRate: provenance(profile.spotMargin.hourlyInterestRate),
          usedMarginCurrency: optionalProvenance(profile.spotMargin.usedMarginCurrency),
        }
      : null,
    insuranceFundCapacity: provenance(profile.insuranceFundCapacity),
    autoDeleveraging: provenance(profile.autoDeleveraging),
    socializedLoss: provenance(profile.socializedLoss),
    deficitWaterfall: provenance(profile.deficitWaterfall),
    userLiableForDeficit: provenance(profile.userLiableForDeficit),
    negativeBalancePromise: provenance(profile.negativeBalancePromise),
    stopLossTypes: {
      ...stops,
      value:
        stops.value &&
        stops.value.map((offer) => ({ type: offer.type, premiumRate: offer.premiumRate ?? null })),
    },
    profile: profile as unknown as Record<string, unknown>,
  });
  return node;
}
