import { IntentLink } from '../../components/IntentLink';

export const metadata = { title: 'Offline' };

/** Served by the service worker for a page it has no copy of while the network is off. */
export default function OfflinePage() {
  return (
    <main>
      <h1>You are offline</h1>
      <p>
        This page needs the network. The quick check, crash lab, odds and comparison all work
        offline, and saves wait on this device until you are back online.
      </p>
      <IntentLink className="button" href="/">
        Open the quick check
      </IntentLink>
    </main>
  );
}
