import { carriesSealedPersonalData, ParticipantId } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import type { PersonalDataVault } from '@binaan/personal-data';
import { auditLogRow } from '@binaan/projections';
import type { ExportRange } from './export-range';

/**
 * Whose personal data an export with --include-personal will show: every participant with an event
 * in the range that carries sealed personal data her key still opens. Read before the export is
 * written, because a disclosure is recorded before it is made. One envelope per participant is
 * opened: one key seals all of hers, so it tells whether she was erased.
 */
export const participantsShown = async (events: EventStore, range: ExportRange, vault: PersonalDataVault): Promise<readonly ParticipantId[]> => {
  const checked = new Map<ParticipantId, boolean>();
  for await (const event of events.readAll({ fromPosition: 'start' })) {
    const envelope = event.data['personalData'];
    const participantId = event.data['participantId'];
    if (envelope === undefined || !carriesSealedPersonalData(event.type) || !ParticipantId.is(participantId)) continue;
    if (checked.get(participantId) === true || !range.includes(auditLogRow(event).recorded_at)) continue;
    const opened = await vault.open(envelope, { purpose: event.type });
    checked.set(participantId, opened.status === 'ok');
  }
  return [...checked].filter(([, shown]) => shown).map(([participantId]) => participantId);
};
