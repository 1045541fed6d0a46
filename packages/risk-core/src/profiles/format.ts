/** Formatting shared by the protection summary and the generated exchanges table. */
import { Decimal } from '../decimal.js';

/** "0.2" -> "20%", exact (Decimal, not float). */
export function percent(fraction: string): string {
  return `${new Decimal(fraction).times(100).toFixed()}%`;
}
