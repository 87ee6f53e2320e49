import { carriesSealedPersonalData, participantStreamName, type ParticipantId } from '@binaan/domain';
import type { DisclosureRecord } from '@binaan/command-handling';
import { StreamNotFoundError, type EventStore, type JsonObject, type RecordedEvent } from '@binaan/event-store';
import type { PersonalDataVault } from '@binaan/personal-data';
import { auditLogRow } from '@binaan/projections';

/** One event of her stream, as recorded, with the personal data it sealed opened when it has any. */
export interface SubjectEvent {
  readonly revision: bigint;
  readonly type: string;
  readonly businessDate: string | null;
  readonly recordedAt: string | null;
  readonly actor: { readonly id: string | null; readonly role: string | null };
  /** What the event records besides personal data (ids, dates, outcomes). */
  readonly recorded: JsonObject;
  /** Absent when the event seals none; `ok` with the data, or why it cannot be shown (`erased`, `tampered`, ...). */
  readonly personalData?: { readonly status: 'ok'; readonly data: JsonObject } | { readonly status: string };
}

export interface SubjectReport {
  readonly participantId: ParticipantId;
  readonly streamName: string;
  readonly events: readonly SubjectEvent[];
  /** Every recorded disclosure of her data, this report's own included. */
  readonly accessLog: readonly DisclosureRecord[];
  /** Her other enrolments (participant ids), earlier or later: each has a report of its own. */
  readonly linkedEnrolments: readonly string[];
}

const withoutEnvelope = (data: JsonObject): JsonObject => Object.fromEntries(Object.entries(data).filter(([field]) => field !== 'personalData'));

const subjectEvent = async (vault: PersonalDataVault, event: RecordedEvent): Promise<SubjectEvent> => {
  const row = auditLogRow(event);
  const envelope = event.data['personalData'];
  const base = {
    revision: event.revision,
    type: event.type,
    businessDate: row.business_date,
    recordedAt: row.recorded_at,
    actor: { id: row.actor_id, role: row.actor_role },
    recorded: withoutEnvelope(event.data),
  };
  if (envelope === undefined || !carriesSealedPersonalData(event.type)) return base;
  const opened = await vault.open(envelope, { purpose: event.type });
  return { ...base, personalData: opened.status === 'ok' ? { status: 'ok', data: opened.data } : { status: opened.status } };
};

/** No participant stream with this id: nothing was disclosed. */
export class SubjectNotFoundError extends Error {
  constructor(readonly participantId: string) {
    super(`no participant ${participantId} in this store`);
    this.name = 'SubjectNotFoundError';
  }
}

/** Her stream, read before anything is disclosed: an unknown id is the caller's mistake, not a disclosure. */
export const readSubjectStream = async (events: EventStore, participantId: ParticipantId): Promise<readonly RecordedEvent[]> => {
  const streamName = participantStreamName(participantId);
  const found: RecordedEvent[] = [];
  try {
    for await (const event of events.readStream(streamName)) found.push(event);
  } catch (error) {
    if (error instanceof StreamNotFoundError) {
      throw new SubjectNotFoundError(participantId);
    }
    throw error;
  }
  return found;
};

/** Everything held about one person: her events, her personal data opened, and who was shown it. */
export const buildSubjectReport = async (
  vault: PersonalDataVault,
  participantId: ParticipantId,
  stream: readonly RecordedEvent[],
  accessLog: readonly DisclosureRecord[],
  linkedEnrolments: readonly string[],
): Promise<SubjectReport> => ({
  participantId,
  streamName: participantStreamName(participantId),
  events: await Promise.all(stream.map((event) => subjectEvent(vault, event))),
  accessLog,
  linkedEnrolments,
});
