/** Reads the services' numeric settings from the environment, refusing a bad value by name. */
export function integerSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${name} must be a whole number between ${min} and ${max} (got ${JSON.stringify(raw)})`,
    );
  }
  return value;
}
