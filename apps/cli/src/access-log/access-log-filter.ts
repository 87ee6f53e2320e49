import { ParticipantId } from '@binaan/domain';
import type { DisclosureFilter } from '@binaan/command-handling';
import { UserError } from '../cli/user-error';
import { parseBusinessDate } from '../options/time-axes';

export interface AccessLogOptionValues {
  readonly participant?: string;
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The options of `binaan access-log`, checked before any store is opened. */
export const parseAccessLogFilter = (options: AccessLogOptionValues): DisclosureFilter => {
  if (options.participant !== undefined && !ParticipantId.is(options.participant)) {
    throw UserError.of('participantOptionNotUuid', { value: options.participant });
  }
  if (options.actor !== undefined && options.actor.trim() === '') {
    throw UserError.of('actorEmpty');
  }
  const from = options.from === undefined ? undefined : parseBusinessDate('--from', options.from);
  const to = options.to === undefined ? undefined : parseBusinessDate('--to', options.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw UserError.of('fromAfterTo', { from, to });
  }
  return {
    ...(options.participant === undefined ? {} : { participantId: options.participant }),
    ...(options.actor === undefined ? {} : { actorId: options.actor }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
};
