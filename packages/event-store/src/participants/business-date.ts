import { jakartaDateOf, type LocalDate } from '@binaan/domain';

/** The programme's business dates are Malang dates (WIB, UTC+7, no daylight saving). */
export const businessDateOf = (instant: Date): LocalDate => jakartaDateOf(instant) as LocalDate;
