import { laterOf } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import type { ModuleId } from '../ids/slug-ids';

/**
 * When a participant graduated: once every required module of her curriculum was assessed
 * competent, on the latest of those dates; null while one is missing. Graduation has no event of
 * its own, so the decider's state and every read model ask this one function.
 *
 * A curriculum without a required module gives null: enrolling alone completes no training. The
 * catalogue refuses such a curriculum, so only a hand-built catalogue can reach that case.
 */
export const graduationDate = (
  requiredModuleIds: readonly ModuleId[],
  competentOn: (moduleId: ModuleId) => LocalDate | null | undefined,
): LocalDate | null => {
  let latest: LocalDate | null = null;
  for (const moduleId of requiredModuleIds) {
    const date = competentOn(moduleId);
    if (date === null || date === undefined) return null;
    latest = latest === null ? date : laterOf(latest, date);
  }
  return latest;
};
