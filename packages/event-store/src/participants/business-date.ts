import type { LocalDate } from '@binaan/domain';

/** WIB (UTC+7, no daylight saving): the programme's business dates are Malang dates. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

export const businessDateOf = (instant: Date): LocalDate =>
  new Date(instant.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10) as LocalDate;
