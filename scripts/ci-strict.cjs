// Whether a missing test service (PostgreSQL, Redis, chromium) fails the run instead of skipping
// its tests: when CI is set to anything but "", "0" or "false". The one reading of CI for every
// test setup.
function ciStrict(env = process.env) {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

module.exports = { ciStrict };
