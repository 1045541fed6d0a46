'use client';

/** The public read-only link of a shared scenario. */
export function shareUrl(slug: string): string {
  return `${window.location.origin}/s/${slug}`;
}

/**
 * Shares through the Web Share API where the browser has it (phones), else copies the link.
 * 'shown' means neither worked: the caller shows the link for the user to copy by hand.
 */
export async function shareOrCopy(
  title: string,
  url: string,
): Promise<'shared' | 'copied' | 'shown'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'shown';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'shown';
  }
}
