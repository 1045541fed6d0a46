import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppProviders } from '../components/AppProviders';
import { TabBar } from '../components/TabBar';
import { TopBar } from '../components/TopBar';
import { intlWarmUpScript } from '../lib/format/format';
import { urlStateScript } from '../lib/url/url-query';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'belowzero', template: '%s · belowzero' },
  description:
    'Can my crypto balance go negative? Liquidation, bankruptcy and deficit maths for every exchange.',
  manifest: '/manifest.webmanifest',
  applicationName: 'belowzero',
  appleWebApp: { capable: true, title: 'belowzero', statusBarStyle: 'black-translucent' },
  icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#12212f' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script marks <html> before the first paint (see lib/url-query), hence
    // suppressHydrationWarning: the attribute is not React's.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: urlStateScript }} />
        <script dangerouslySetInnerHTML={{ __html: intlWarmUpScript }} />
      </head>
      <body>
        <AppProviders>
          <TopBar />
          {children}
          <TabBar />
        </AppProviders>
      </body>
    </html>
  );
}
