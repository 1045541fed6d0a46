'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type IntentLinkProps = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * Every in-app link. Its screen is prefetched when a finger or pointer reaches the link, or it
 * gets keyboard focus, not as soon as it is on screen: Next.js's viewport prefetching loaded
 * other screens' code and data while the first screen was still starting up.
 */
export function IntentLink({ href, ...props }: IntentLinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onTouchStart={prefetch}
      onMouseEnter={prefetch}
      onFocus={prefetch}
    />
  );
}
