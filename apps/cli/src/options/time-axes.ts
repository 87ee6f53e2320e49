import { businessDateAt, LocalDate } from '@binaan/domain';
import { type AsOf } from '@binaan/projections';
import { UserError } from '../cli/user-error';

/**
 * The two time axes an auditor can stand on. `asOf` cuts the history by business date (what had
 * happened by then); `knownAt` cuts it by recorded time (what the records said then).
 */
export interface TimeAxes {
  readonly asOf?: LocalDate;
  readonly knownAt?: Date;
}

const JAKARTA_OFFSET = '+07:00';
const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A business date option: a real calendar date YYYY-MM-DD. */
export const parseBusinessDate = (option: string, value: string): LocalDate => {
  if (!LocalDate.is(value)) {
    throw UserError.of('notBusinessDate', { option, value });
  }
  return value;
};

/**
 * A bare date means "known by the end of that day" in Asia/Jakarta, where business dates live;
 * an ISO instant with a zone is taken exactly.
 */
export const parseKnownAt = (value: string): Date => {
  if (LocalDate.is(value)) {
    const startOfDay = new Date(`${value}T00:00:00${JAKARTA_OFFSET}`);
    return new Date(startOfDay.getTime() + 24 * 60 * 60 * 1000 - 1);
  }
  const instant = isoInstantPattern.test(value) ? new Date(value) : undefined;
  if (instant === undefined || Number.isNaN(instant.getTime())) {
    throw UserError.of('notKnownAt', { value });
  }
  return instant;
};

/**
 * A cut in the future would silently project today's record forward as if nothing more could happen:
 * it is refused. A business date is judged against today in Malang; a bare `--known-at` date means
 * the end of that day, so today itself is allowed.
 */
const refuseFuture = (axes: TimeAxes, now: Date): TimeAxes => {
  const today = businessDateAt(now);
  if (axes.asOf !== undefined && axes.asOf > today) {
    throw UserError.of('asOfInFuture', { asOf: axes.asOf, today });
  }
  const endOfToday = parseKnownAt(today);
  if (axes.knownAt !== undefined && axes.knownAt.getTime() > endOfToday.getTime()) {
    throw UserError.of('knownAtInFuture', { knownAt: axes.knownAt.toISOString(), today });
  }
  return axes;
};

export const parseTimeAxes = (options: { readonly asOf?: string; readonly knownAt?: string }, now: Date = new Date()): TimeAxes =>
  refuseFuture(
    {
      ...(options.asOf === undefined ? {} : { asOf: parseBusinessDate('--as-of', options.asOf) }),
      ...(options.knownAt === undefined ? {} : { knownAt: parseKnownAt(options.knownAt) }),
    },
    now,
  );

/** The axes as the domain's as-of filter takes them, shared by history and the as-of replay. */
export const asOfFromAxes = (axes: TimeAxes): AsOf => ({
  ...(axes.asOf === undefined ? {} : { businessDate: axes.asOf }),
  ...(axes.knownAt === undefined ? {} : { recordedAt: axes.knownAt.toISOString() }),
});
