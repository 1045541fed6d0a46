'use client';
import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Keeps the field being typed in where it is on screen when what is above it changes height
 * (an answer card turning into an error line, and back). The browser's scroll anchoring is off
 * on the calculator screens (overflow-anchor in globals.css): it lost the field there.
 * Wraps the screen's update: the wrapped one notes where the focused field is before the change,
 * and the screen scrolls by however far the field moved before the browser paints.
 */
export function useFieldAnchor<T>(update: (next: T) => void): (next: T) => void {
  const editing = useRef<{ field: Element; top: number } | null>(null);
  const anchoredUpdate = useCallback(
    (next: T) => {
      const field = document.activeElement;
      editing.current =
        field && field !== document.body ? { field, top: field.getBoundingClientRect().top } : null;
      update(next);
    },
    [update],
  );
  useLayoutEffect(() => {
    const before = editing.current;
    editing.current = null;
    if (!before?.field.isConnected) return;
    const moved = before.field.getBoundingClientRect().top - before.top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  });
  return anchoredUpdate;
}
