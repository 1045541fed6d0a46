/**
 * A number as the user types it, read as risk-core reads numbers: "3,000" or "3 000" becomes
 * "3000", and in a locale that writes decimals with a comma "2,5" becomes "2.5". Text that is
 * not a number yet (half typed) is left as it is, for risk-core to name.
 */

/** The decimal separator of a locale: "." (en) or "," (de, fr...). */
export function decimalSeparator(locale: string): string {
  const part = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((candidate) => candidate.type === 'decimal');
  return part?.value ?? '.';
}

const PLAIN = /^-?\d+(\.\d+)?$/;

export function plainNumber(text: string, locale: string): string {
  // Spaces, no-break and thin spaces and apostrophes only ever group digits.
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  let plain = compact;
  if (commas > 0 && dots > 0) {
    // Both: the one written last separates the decimals.
    const decimal = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    plain = compact.split(group).join('').replace(decimal, '.');
  } else if (commas > 0 || dots > 0) {
    const mark = commas > 0 ? ',' : '.';
    const grouped = new RegExp(`^-?\\d{1,3}(\\${mark}\\d{3})+$`);
    const groupsHere = decimalSeparator(locale) !== mark;
    // "3,000" in English and "3.000" in German group thousands; "2,5" or "0.5" are decimals.
    plain =
      groupsHere && grouped.test(compact)
        ? compact.split(mark).join('')
        : commas + dots === 1
          ? compact.replace(mark, '.')
          : compact;
  }
  return PLAIN.test(plain) ? plain : text;
}
