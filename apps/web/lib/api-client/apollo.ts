'use client';
/**
 * The one Apollo Client of the PWA. Each request carries the device token when there is
 * one. The API holds requests from the PWA's origin to its persisted-operation safelist,
 * built from lib/api-client/operations.ts. A server that does not answer in time is said to be
 * unreachable (server-reach.ts) rather than waited for.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { apiUrl } from './api-url';
import { timedFetch } from './server-reach';
import { deviceToken } from '../sync/device';

const authLink = new SetContextLink((previous) => {
  const token = deviceToken();
  return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
});

export const apolloClient = new ApolloClient({
  link: authLink.concat(new HttpLink({ uri: () => apiUrl(), fetch: timedFetch })),
  cache: new InMemoryCache(),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'network-only' },
    query: { fetchPolicy: 'network-only' },
  },
});
