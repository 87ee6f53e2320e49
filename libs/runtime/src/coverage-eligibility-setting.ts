import { parseCoverageEligibility, type CoverageEligibility } from '@binaan/projections';

/** The environment variable naming which registration classes count towards coverage: `all` (default), or e.g. `B.*`. */
export const COVERAGE_ELIGIBLE_CLASSES = 'BINAAN_COVERAGE_ELIGIBLE_CLASSES';

/** The coverage eligibility the environment sets; a value that names no class stops the start, naming the variable. */
export const coverageEligibilityFrom = (env: Readonly<Record<string, string | undefined>>): CoverageEligibility => {
  const setting = parseCoverageEligibility(env[COVERAGE_ELIGIBLE_CLASSES] ?? 'all');
  if ('problem' in setting) throw new RangeError(`${COVERAGE_ELIGIBLE_CLASSES}: ${setting.problem}`);
  return setting.eligibility;
};
