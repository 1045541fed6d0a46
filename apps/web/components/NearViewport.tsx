'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders `children` once this spot comes near the viewport (within `margin`), so work below
 * the fold (a chunk to load, a costly risk-core computation) does not compete with the first
 * screen. Stays rendered after that.
 */
export function NearViewport({
  children,
  margin = '400px',
}: {
  children: ReactNode;
  margin?: string;
}) {
  const spot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = spot.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return near ? <>{children}</> : <div ref={spot} />;
}
