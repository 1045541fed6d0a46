'use client';
/**
 * The one Apollo Client of the PWA. Each request carries the device token when there is
 * one, and names the client so the API can hold it to its persisted-operation safelist
 * (the operations are all in lib/operations.ts).
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { API_URL } from './api-url';
import { deviceToken } from './device';

export const WEB_CLIENT_NAME = 'belowzero-web';

const authLink = new SetContextLink((previous) => {
  const token = deviceToken();
  return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
});

export const apolloClient = new ApolloClient({
  link: authLink.concat(new HttpLink({ uri: API_URL })),
  cache: new InMemoryCache(),
  clientAwareness: { name: WEB_CLIENT_NAME, version: '1' },
  defaultOptions: { watchQuery: { fetchPolicy: 'network-only' }, query: { fetchPolicy: 'network-only' } },
});
