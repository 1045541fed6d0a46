import { defaultCrash, isCrashSettings, toPricePath } from './crash-settings';

describe('crash lab settings', () => {
  it('turns a 10-minute gap of -60% on BTC into a one-step shock path', () => {
    expect(toPricePath({ ...defaultCrash, asset: 'BTC' })).toEqual({
      kind: 'shock',
      dropPercent: '60',
      durationMs: 600_000,
      steps: 1,
      asset: 'BTC',
    });
  });

  it('replays a documented crash on every asset when none is chosen', () => {
    expect(toPricePath({ ...defaultCrash, kind: 'replay', crashId: 'luna-2022-05' })).toEqual({
      kind: 'replay',
      crashId: 'luna-2022-05',
    });
  });

  it('slides to zero in 60 steps when the gap is off', () => {
    expect(
      toPricePath({ ...defaultCrash, kind: 'to_zero', gap: false, durationMinutes: '1' }),
    ).toEqual({ kind: 'to_zero', durationMs: 60_000, steps: 60 });
  });

  it('rejects a foreign URL value', () => {
    expect(isCrashSettings({ kind: 'meteor' })).toBe(false);
    expect(isCrashSettings(defaultCrash)).toBe(true);
  });
});
