/**
 * The contracts an exchange product lists, as a connection: each with its venue symbol and
 * size, its margin tier table (source and as-of date) and the venue's latest market figures.
 */
import type { ContractTiers, SizeLinearMargin as SizeLinearRule } from '@belowzero/risk-core';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { quotesOf, type StoredQuote } from '../services/market-quotes.js';
import { pageOfList } from '../services/pagination.js';
import type { ApiContext } from './context.js';
import { ExchangeNode } from './exchange.js';
import { connectionComplexity, PageArgsInput, PageInfo, pageInfoOf } from './page-info.js';
import { Provenance, provenance } from './provenance.js';
import { DecimalScalar } from './scalars.js';
import { InstrumentKind } from './scenario-inputs.js';

@ObjectType({ description: 'One bracket of a margin tier table.' })
export class MarginTier {
  @Field(() => Int, { description: 'Position of the bracket, from 0.' })
  index!: number;

  @Field(() => DecimalScalar, {
    description: "Lower bound of the bracket, in the table's bracketUnit.",
  })
  floor!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Upper bound; null for an open-ended last bracket.',
  })
  cap!: string | null;

  @Field(() => DecimalScalar, { description: 'Highest leverage allowed in the bracket.' })
  maxLeverage!: string;

  @Field(() => DecimalScalar, {
    description: 'Maintenance margin rate as a fraction (0.004 = 0.4%).',
  })
  mmr!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Initial margin rate as the venue publishes it, when it does.',
  })
  imr!: string | null;
}

@ObjectType({ description: 'Margin rates that grow with the position size (Deribit).' })
export class SizeLinearMargin {
  @Field({ description: 'Unit the size is counted in, e.g. "BTC".' })
  sizeUnit!: string;

  @Field(() => DecimalScalar, { description: 'Initial margin rate at size 0.' })
  initialBase!: string;

  @Field(() => DecimalScalar, { description: 'Initial margin rate added per unit of size.' })
  initialPerUnit!: string;

  @Field(() => DecimalScalar, { description: 'Maintenance margin rate at size 0.' })
  maintenanceBase!: string;

  @Field(() => DecimalScalar, { description: 'Maintenance margin rate added per unit of size.' })
  maintenancePerUnit!: string;
}

@ObjectType({
  description:
    "The venue's latest market figures for a contract, as belowzero last read them. Check the age before relying on them.",
})
export class MarketQuote {
  @Field({ description: "The venue's symbol the figures are for." })
  symbol!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Mark price; null when not sent.' })
  markPrice!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Index price; null when not sent.' })
  indexPrice!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Funding rate per funding interval, as a fraction; null when not sent.',
  })
  fundingRate!: string | null;

  @Field({ description: 'When the venue says the figures are from (else when they were read).' })
  quotedAt!: Date;

  @Field({ description: 'The endpoint the figures were read from.' })
  source!: string;
}

@ObjectType({ description: 'A contract an exchange product lists, with its margin tier table.' })
export class Contract {
  @Field({ description: 'Asset of the contract, or "*" for every other asset.' })
  asset!: string;

  @Field(() => InstrumentKind, { description: 'Linear or inverse.' })
  instrument!: InstrumentKind;

  @Field(() => String, {
    nullable: true,
    description: "The venue's own symbol (BTCUSDT, BTC-USDT-SWAP, PF_XBTUSD), when known.",
  })
  symbol!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Base-coin amount of one linear contract, where the venue counts contracts.',
  })
  contractSize!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Face value in USD of one inverse contract.',
  })
  contractValueUsd!: string | null;

  @Field({
    description:
      '"deduction" (tax-bracket style, MM = notional x rate - deduction) or "whole_position" (the bracket\'s rate on the whole position).',
  })
  tierRule!: string;

  @Field({
    description:
      'Unit of the bracket bounds: "notional" (quote currency; coin for inverse) or "contracts".',
  })
  bracketUnit!: string;

  @Field({
    description:
      'False when the venue publishes no table for this contract; true when it does, even if belowzero does not hold it yet (tiers null: enter the rate your exchange shows).',
  })
  tablePublished!: boolean;

  @Field(() => [MarginTier], {
    nullable: true,
    description: 'The brackets, lowest first; null when belowzero holds no table for it.',
  })
  tiers!: MarginTier[] | null;

  @Field(() => SizeLinearMargin, {
    nullable: true,
    description: 'Size-linear margin rates, for venues that use them instead of brackets.',
  })
  sizeLinearMargin!: SizeLinearMargin | null;

  @Field(() => Provenance, { description: 'Where the table comes from and its as-of date.' })
  table!: Provenance;

  @Field(() => MarketQuote, {
    nullable: true,
    description:
      "The venue's latest mark price, index price and funding rate; null when belowzero holds no reading (the venue refresh is off, or the venue's answer has none): use your exchange's figure.",
  })
  market!: MarketQuote | null;
}

@ObjectType({ description: 'An edge of a contract list.' })
export class ContractEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => Contract, { description: 'The contract.' })
  node!: Contract;
}

@ObjectType({ description: 'A page of contracts, by asset then instrument.' })
export class ContractConnection {
  @Field(() => [ContractEdge], { description: 'The contracts of this page with their cursors.' })
  edges!: ContractEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;
}

const contractKey = (contract: ContractTiers): string => `${contract.asset}:${contract.instrument}`;

function toContract(contract: ContractTiers, quote: StoredQuote | undefined): Contract {
  const table = provenance(contract.tiers);
  const linear: SizeLinearRule | null =
    contract.sizeLinearMargin && contract.sizeLinearMargin.value !== 'unknown'
      ? contract.sizeLinearMargin.value
      : null;
  return {
    asset: contract.asset,
    instrument: contract.instrument as InstrumentKind,
    symbol: contract.symbol ?? null,
    contractSize: contract.contractSize ?? null,
    contractValueUsd: contract.contractValueUsd ?? null,
    tierRule: contract.tierRule ?? 'deduction',
    bracketUnit: contract.bracketUnit ?? 'notional',
    tablePublished: contract.tablePublished !== false,
    tiers:
      table.value?.map((tier, index) => ({
        index,
        floor: tier.floor,
        cap: tier.cap,
        maxLeverage: tier.maxLeverage,
        mmr: tier.mmr,
        imr: tier.imr ?? null,
      })) ?? null,
    sizeLinearMargin: linear,
    table,
    market: quote
      ? {
          symbol: quote.symbol,
          markPrice: quote.markPrice,
          indexPrice: quote.indexPrice,
          fundingRate: quote.fundingRate,
          quotedAt: quote.quotedAt,
          source: quote.source,
        }
      : null,
  };
}

@Resolver(() => ExchangeNode)
export class ContractResolver {
  @FieldResolver(() => ContractConnection, {
    description:
      'The contracts this product lists (as far as belowzero knows: see contractListing), by asset then instrument.',
    complexity: connectionComplexity,
  })
  async contracts(
    @Root() exchange: ExchangeNode,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('asset', () => String, { nullable: true, description: 'Only this asset, e.g. "ETH".' })
    asset: string | null,
    @Ctx() context: ApiContext,
  ): Promise<ContractConnection> {
    const listed = exchange.stored.profile.contracts
      .filter((contract) => asset == null || contract.asset === asset)
      .sort((a, b) => (contractKey(a) < contractKey(b) ? -1 : 1));
    const result = pageOfList(listed, contractKey, page);
    const quotes = result.items.length > 0 ? await quotesOf(context.prisma, exchange.slug) : null;
    return {
      edges: result.items.map((item) => ({
        cursor: item.cursor,
        node: toContract(item.node, quotes?.get(contractKey(item.node))),
      })),
      pageInfo: pageInfoOf(result),
    };
  }
}
