/**
 * A source as a phone can show it: a short label ("binance.com") and, when the source is an
 * address, a link to it; the full source stays available as the link's title.
 */
export interface SourceLabel {
  label: string;
  href: string | null;
}

const ADDRESS = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s)]*)?/i;
const LONGEST_LABEL = 32;

export function sourceLabel(source: string): SourceLabel {
  const match = ADDRESS.exec(source.trim());
  if (match?.[1]) {
    const host = match[1].replace(/^www\./i, '');
    return { label: host, href: `https://${match[1]}${match[2] ?? ''}` };
  }
  const text = source.trim();
  return {
    label: text.length > LONGEST_LABEL ? `${text.slice(0, LONGEST_LABEL - 1)}…` : text,
    href: null,
  };
}
