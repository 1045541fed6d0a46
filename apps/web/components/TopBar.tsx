'use client';
import { useOnline } from '../lib/hooks/use-online';
import { useServerReach } from '../lib/hooks/use-server-reach';
import { useSyncStatus } from '../lib/sync/sync-status';
import { IntentLink } from './IntentLink';

/** The header: the app name, the connection state and how many saves wait for the network. */
export function TopBar() {
  const online = useOnline();
  const reach = useServerReach();
  const { pending, conflicts } = useSyncStatus();
  const connection = !online ? 'Offline' : reach === false ? 'Server unreachable' : 'Online';
  return (
    <header className="top-bar">
      <IntentLink href="/" className="brand">
        belowzero
      </IntentLink>
      <div className="row" role="status" aria-live="polite">
        {conflicts > 0 && (
          <IntentLink href="/scenarios" className="status-pill offline">
            {conflicts} conflict{conflicts === 1 ? '' : 's'}
          </IntentLink>
        )}
        {pending > 0 && <span className="status-pill offline">{pending} to sync</span>}
        <span
          className={connection === 'Online' ? 'status-pill' : 'status-pill offline'}
          data-testid="connection"
        >
          {connection}
        </span>
      </div>
    </header>
  );
}
