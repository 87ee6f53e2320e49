import { readDisclosures, type Actor, type DisclosureRecord, type RecordDisclosure } from '@binaan/command-handling';
import type { ParticipantId } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import type { PersonalDataVault } from '@binaan/personal-data';
import { buildSubjectReport, readSubjectStream, type SubjectReport } from './build-subject-report';
import { linkedEnrolments } from './linked-enrolments';

export interface SubjectReportRequest {
  readonly participantId: ParticipantId;
  /** Who asked: the disclosure is recorded against them. */
  readonly actor: Actor;
  /** The route or command that asked, as the access log names it. */
  readonly purpose: string;
}

/**
 * Everything held about one person, as UU PDP lets her ask: her events, her personal data opened, her
 * other enrolments and every disclosure of her data. The report's own disclosure is recorded first, after
 * the id is known to be hers and before anything is opened: a disclosure that cannot be recorded is not
 * made. An unknown id throws SubjectNotFoundError and records nothing.
 */
export const createSubjectReport =
  (deps: { readonly store: EventStore; readonly vault: PersonalDataVault; readonly recordDisclosure: RecordDisclosure }) =>
  async ({ participantId, actor, purpose }: SubjectReportRequest): Promise<SubjectReport> => {
    const stream = await readSubjectStream(deps.store, participantId);
    await deps.recordDisclosure({ actor, participantIds: [participantId], purpose });
    const linked = await linkedEnrolments(deps.store, participantId, stream);
    const accessLog: DisclosureRecord[] = [];
    for await (const record of readDisclosures(deps.store, { participantId })) accessLog.push(record);
    return buildSubjectReport(deps.vault, participantId, stream, accessLog, linked);
  };
