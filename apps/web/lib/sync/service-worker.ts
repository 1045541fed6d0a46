/**
 * How long after the load event the service worker is registered. Its install precaches every
 * screen (all their code and pages, ~1 MB): started at load, it competed for the phone's CPU and
 * network with the first screen's own start-up and with the user's first taps.
 */
const SETTLE_MS = 3000;

/**
 * Registers the service worker (Serwist builds it, next.config.mjs) once the first screen has
 * settled: after the load event, SETTLE_MS, and an idle moment. Offline use needs one visit
 * that lasts that long. Returns a cancel for the effect's clean-up.
 */
export function registerServiceWorkerWhenSettled(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const register = () => {
    idle = window.requestIdleCallback?.(() => void window.serwist?.register(), { timeout: 2000 });
    if (idle === undefined) void window.serwist?.register();
  };
  const settle = () => {
    timer = setTimeout(register, SETTLE_MS);
  };
  if (document.readyState === 'complete') settle();
  else window.addEventListener('load', settle, { once: true });
  return () => {
    window.removeEventListener('load', settle);
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
