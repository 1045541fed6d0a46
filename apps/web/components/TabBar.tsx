'use client';
import { usePathname } from 'next/navigation';
import { useCallback, useState, type ReactNode } from 'react';
import { SCENARIO_PARAM } from '../lib/url/scenario-url';
import { UrlQuery } from '../lib/url/url-query';
import { IntentLink } from './IntentLink';

interface Tab {
  href: string;
  label: string;
  icon: ReactNode;
  /** Whether the current scenario travels with the link. */
  carriesScenario: boolean;
}

const TABS: Tab[] = [
  { href: '/', label: 'Check', carriesScenario: true, icon: <path d="M4 12l5 5L20 6" /> },
  {
    href: '/crash',
    label: 'Crash lab',
    carriesScenario: true,
    icon: <path d="M3 5l6 7 4-3 8 11M3 20h18" />,
  },
  {
    href: '/odds',
    label: 'Odds',
    carriesScenario: true,
    icon: <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />,
  },
  {
    href: '/compare',
    label: 'Compare',
    carriesScenario: true,
    icon: <path d="M4 6h16M4 12h10M4 18h6" />,
  },
  {
    href: '/scenarios',
    label: 'Saved',
    carriesScenario: false,
    icon: <path d="M6 3h12v18l-6-4-6 4z" />,
  },
];

/**
 * The bottom tab bar: thumb-reachable navigation that keeps the scenario in every link.
 * Prerendered with plain links; the scenario is added once the URL is read in the browser.
 */
export function TabBar() {
  const pathname = usePathname();
  const [scenario, setScenario] = useState<string | null>(null);
  const fromUrl = useCallback(
    (params: URLSearchParams) => setScenario(params.get(SCENARIO_PARAM)),
    [],
  );
  return (
    <nav className="tab-bar" aria-label="Main">
      <UrlQuery onChange={fromUrl} />
      {TABS.map((tab) => {
        const active = tab.href === '/' ? pathname === '/' : pathname.startsWith(tab.href);
        const href =
          tab.carriesScenario && scenario ? `${tab.href}?${SCENARIO_PARAM}=${scenario}` : tab.href;
        return (
          <IntentLink
            key={tab.href}
            href={href}

            aria-current={active ? 'page' : undefined}
          >
            <svg
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              aria-hidden="true"
            >
              {tab.icon}
            </svg>
            {tab.label}
          </IntentLink>
        );
      })}
    </nav>
  );
}
