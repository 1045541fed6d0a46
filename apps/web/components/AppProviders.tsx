'use client';
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { apolloClient } from '../lib/apollo';
import { notifySyncStatus } from '../lib/sync-status';
import { syncScenarios } from '../lib/sync';

/** App-wide wiring: the Apollo client, and syncing queued saves on start and on reconnect. */
export function AppProviders({ children }: { children: ReactNode }) {
  useEffect(() => {
    const sync = () => void syncScenarios(apolloClient);
    void notifySyncStatus();
    if (navigator.onLine) sync();
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, []);
  return <ApolloProvider client={apolloClient}>{children}</ApolloProvider>;
}
