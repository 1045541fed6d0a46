import { canonicalJson } from './canonical-json';

describe('canonical JSON (matching a scenario the server stored without telling us)', () => {
  it('ignores key order at every depth but not array order or values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: '2' } })).toBe(
      canonicalJson({ a: { c: '2', d: [1, 2] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: '1.0' }));
  });
});
