/**
 * Display formatting in the user's locale. Figures arrive from risk-core as exact decimal
 * strings; Intl.NumberFormat formats such strings without turning them into floats
 * (ECMA-402 "Intl.NumberFormat v3": string input keeps its full precision).
 */

type NumericString = `${number}`;

/**
 * The locale used when a caller passes none. Pages are prerendered in PRERENDER_LOCALE (not
 * whatever the build machine uses); the browser formats in the same one while it hydrates (any
 * other text would not match the HTML) and switches to the user's own locale after
 * (`switchToUserLocale`: components/Interactive.tsx, AppProviders.tsx).
 */
export const PRERENDER_LOCALE = 'en-US';
let defaultLocale: string | undefined = PRERENDER_LOCALE;

/** From now on, format in the browser's own locale. True when that changes the text. */
export function switchToUserLocale(): boolean {
  if (defaultLocale === undefined) return false;
  defaultLocale = undefined;
  return new Intl.NumberFormat().resolvedOptions().locale !== PRERENDER_LOCALE;
}

/**
 * An inline <head> script (app/layout.tsx). The first Intl formatter of a page loads the
 * locale's ICU data, ~20 ms on a phone (~90 ms at Lighthouse's 4x CPU slowdown), and the
 * first render after hydration would pay it in one piece. Paid here instead, while the
 * HTML is parsed and the scripts are still downloading.
 */
export const intlWarmUpScript = `try{new Intl.NumberFormat(${JSON.stringify(PRERENDER_LOCALE)},{maximumFractionDigits:2}).format("1");new Intl.DateTimeFormat(${JSON.stringify(PRERENDER_LOCALE)},{dateStyle:"medium",timeZone:"UTC"}).format(0)}catch(e){}`;

// Building an Intl formatter costs far more than formatting with one: a screen formats dozens
// of figures per render, so each locale-and-options pair is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions) {
  const chosen = locale ?? defaultLocale;
  const key = `${chosen ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(chosen, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Fraction digits that keep ~6 significant figures for prices across magnitudes. */
function fractionDigitsFor(value: string): number {
  // Only the order of magnitude is read from the float, to choose how many digits to show.
  const magnitude = Math.abs(Number(value));
  if (magnitude === 0 || magnitude >= 1000) return 2;
  if (magnitude >= 1) return 4;
  const leadingZeros = Math.floor(-Math.log10(magnitude));
  return Math.min(leadingZeros + 5, 12);
}

function isDecimalString(value: string): value is NumericString {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim());
}

/** A price, amount or size, e.g. "25100.4016" -> "25,100.40" (en) or "25.100,40" (de). */
export function formatAmount(
  value: string | null | undefined,
  locale?: string,
  maxFractionDigits?: number,
): string {
  if (value === null || value === undefined) return '—';
  if (!isDecimalString(value)) return value;
  const digits = maxFractionDigits ?? fractionDigitsFor(value);
  return numberFormat(locale, {
    minimumFractionDigits: Math.min(2, digits),
    maximumFractionDigits: digits,
  }).format(value);
}

/** An amount with its currency code after it, e.g. "400.00 USDT". */
export function formatMoney(
  value: string | null | undefined,
  currency: string,
  locale?: string,
): string {
  if (value === null || value === undefined) return '—';
  return `${formatAmount(value, locale)} ${currency}`;
}

/** A percentage given in percent units ("-49.8" -> "-49.80 %"), signed when asked. */
export function formatPercent(
  value: string | null | undefined,
  locale?: string,
  signed = false,
): string {
  if (value === null || value === undefined) return '—';
  if (!isDecimalString(value)) return value;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(`${value}E-2` as NumericString);
}

/** A fraction ("0.004") as a percentage ("0.40 %"); rates keep up to 4 decimals, probabilities 2. */
export function formatFraction(
  value: string | null | undefined,
  locale?: string,
  maxFractionDigits = 4,
): string {
  if (value === null || value === undefined) return '—';
  if (!isDecimalString(value)) return value;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) in the user's locale, without shifting it across time zones. */
export function formatDate(iso: string, locale?: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const chosen = locale ?? defaultLocale;
  let format = dateFormats.get(chosen ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat(chosen, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(chosen ?? '', format);
  }
  return format.format(date);
}

const SECOND = 1000;
const AGE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400 * SECOND],
  ['month', 30 * 86_400 * SECOND],
  ['day', 86_400 * SECOND],
  ['hour', 3_600 * SECOND],
  ['minute', 60 * SECOND],
  ['second', SECOND],
];

/** How long ago an ISO time was, in words: "12 seconds ago", "2 years ago". */
export function formatAge(iso: string, now: number, locale?: string): string {
  const elapsed = Math.max(0, now - Date.parse(iso));
  const [unit, size] = AGE_STEPS.find(([, length]) => elapsed >= length) ?? ['second', SECOND];
  return new Intl.RelativeTimeFormat(locale ?? defaultLocale, { numeric: 'always' }).format(
    -Math.floor(elapsed / size),
    unit,
  );
}
