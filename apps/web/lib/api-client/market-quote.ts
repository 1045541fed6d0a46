'use client';
/**
 * The venue's current mark price for the position's contract, from the API (which reads the
 * venues when its operator switched the refresh on). Offline, unreachable, or for a contract
 * with no reading, the user's own figure stands, and `state` says which.
 */
import type { InstrumentKind } from '@belowzero/risk-core';
import { useEffect, useState } from 'react';
import { useOnline } from '../hooks/use-online';
import type { ContractMarketQuery } from '../gql/graphql';

export interface VenueMark {
  venue: string;
  symbol: string;
  markPrice: string;
  fundingRate: string | null;
  /** ISO time the venue says the figure is from. */
  quotedAt: string;
}

export type MarketState =
  | { state: 'loading' }
  | { state: 'live'; mark: VenueMark }
  | { state: 'none'; venue: string }
  | { state: 'offline' }
  | { state: 'unreachable' };

/** Quiet time after the last change of exchange, asset or instrument before asking. */
const ASK_AFTER_MS = 300;

/** The venue's figures as the API answers them (type generated from the schema). */
type ContractMarketData = ContractMarketQuery;

export function useVenueMark(
  exchange: string,
  asset: string,
  instrument: InstrumentKind,
): MarketState {
  const online = useOnline();
  const perpetual = instrument === 'linear' || instrument === 'inverse';
  const key = `${exchange}|${asset}|${instrument}`;
  const [answer, setAnswer] = useState<{ key: string; state: MarketState } | null>(null);
  useEffect(() => {
    if (!online || !perpetual || asset === '') return;
    let current = true;
    // Asked once the asset has stopped changing, not for every keystroke ("B", "BT", "BTC").
    const timer = window.setTimeout(() => {
      askForMark(exchange, asset).then(
        ({ data }) => current && data && setAnswer({ key, state: stateOf(data, instrument) }),
        () => current && setAnswer({ key, state: { state: 'unreachable' } }),
      );
    }, ASK_AFTER_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [online, perpetual, exchange, asset, instrument, key]);
  if (!online) return { state: 'offline' };
  if (!perpetual || asset === '') return { state: 'none', venue: exchange };
  return answer?.key === key ? answer.state : { state: 'loading' };
}

/**
 * The API's reading of the contract. Apollo and the documents load on this first ask, off the
 * first paint's path (they are most of a screen's JavaScript).
 */
async function askForMark(exchange: string, asset: string) {
  const [{ apolloClient }, { CONTRACT_MARKET }] = await Promise.all([
    import('./apollo'),
    import('./operations'),
  ]);
  return apolloClient.query({
    query: CONTRACT_MARKET,
    variables: { exchange, asset },
    fetchPolicy: 'network-only',
  });
}

function stateOf(data: ContractMarketData, instrument: InstrumentKind): MarketState {
  // The API names instruments as GraphQL enum values (LINEAR, INVERSE).
  const market = data.exchange.contracts.edges.find(
    (edge) => edge.node.instrument.toLowerCase() === instrument,
  )?.node.market;
  if (!market?.markPrice) return { state: 'none', venue: data.exchange.exchange };
  return {
    state: 'live',
    mark: {
      venue: data.exchange.exchange,
      symbol: market.symbol,
      markPrice: market.markPrice,
      fundingRate: market.fundingRate,
      quotedAt: market.quotedAt,
    },
  };
}
