/**
 * Figures derived from immutable data (a profile, one of its contract tables), computed once
 * per object and kept for as long as the object lives. Keyed by identity: two profile objects
 * with the same slug but different figures never share a result. Profiles are data that is
 * never edited in place (a changed profile is a new object), which is what makes this safe.
 */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const derived = new WeakMap<K, V>();
  return (key) => {
    if (derived.has(key)) return derived.get(key) as V;
    const value = derive(key);
    derived.set(key, value);
    return value;
  };
}
