/**
 * The URL query parameters that carry a screen's state, named once: the screens read and
 * write them, and the root layout's inline script (lib/url/url-query.tsx) must know them all before
 * the first paint without importing the screens' code.
 */

/** The scenario (lib/url/scenario-url.ts), on every calculator screen. */
export const SCENARIO_PARAM = 's';
/** The crash lab's price path (lib/screens/crash-settings.ts), also used by /compare. */
export const CRASH_PARAM = 'p';
/** The odds model (lib/screens/odds-settings.ts). */
export const ODDS_PARAM = 'o';

export const URL_STATE_PARAMS = [SCENARIO_PARAM, CRASH_PARAM, ODDS_PARAM];
