'use client';
import Link from 'next/link';
import { useOnline } from '../lib/use-online';
import { useSyncStatus } from '../lib/sync-status';

/** The header: the app name, the connection state and how many saves wait for the network. */
export function TopBar() {
  const online = useOnline();
  const { pending, conflicts } = useSyncStatus();
  return (
    <header className="top-bar">
      {/* No prefetch: on every screen's first load it fetched the home page's data again. */}
      <Link href="/" className="brand" prefetch={false}>
        belowzero
      </Link>
      <div className="row" role="status" aria-live="polite">
        {conflicts > 0 && (
          <Link href="/scenarios" className="status-pill offline">
            {conflicts} conflict{conflicts === 1 ? '' : 's'}
          </Link>
        )}
        {pending > 0 && <span className="status-pill offline">{pending} to sync</span>}
        <span className={online ? 'status-pill' : 'status-pill offline'} data-testid="connection">
          {online ? 'Online' : 'Offline'}
        </span>
      </div>
    </header>
  );
}
