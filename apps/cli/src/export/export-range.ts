import { LocalDate } from '@binaan/domain';
import { UserError } from '../cli/user-error';

/** The recorded-time window of an export, from the start of `from` to the end of `to` (Asia/Jakarta days). */
export interface ExportRange {
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
  readonly includes: (recordedAt: string | null) => boolean;
}

const checkDate = (option: string, value: string | undefined): LocalDate | null => {
  if (value === undefined) return null;
  if (!LocalDate.is(value)) {
    throw UserError.of('notRecordedDate', { option, value });
  }
  return value;
};

export const parseExportRange = (options: { readonly from?: string; readonly to?: string }): ExportRange => {
  const from = checkDate('--from', options.from);
  const to = checkDate('--to', options.to);
  if (from !== null && to !== null && from > to) {
    throw UserError.of('fromAfterTo', { from, to });
  }
  const start = from === null ? -Infinity : Date.parse(`${from}T00:00:00+07:00`);
  const end = to === null ? Infinity : Date.parse(`${to}T00:00:00+07:00`) + 86_400_000;
  return {
    from,
    to,
    includes: (recordedAt) => {
      if (from === null && to === null) return true;
      const at = recordedAt === null ? NaN : Date.parse(recordedAt);
      return at >= start && at < end;
    },
  };
};
