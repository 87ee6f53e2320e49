import { jakartaDateOf, type LocalDate } from '@binaan/domain';

/** Today's business date (Asia/Jakarta), as the date rules of the commands read it. */
export const jakartaToday = (now: Date): LocalDate => jakartaDateOf(now) as LocalDate;
