import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { registrationKey, type ParticipantId } from '@binaan/domain';
import type { OpenedDirectoryEntry, ParticipantStatusRow } from '@binaan/projections';
import { rolesSeeingPersonalData } from '../../auth/access-policy';
import { scopeIncludesFacility, scopeIncludesProgramme, type CallerScope } from '../../auth/caller-scope';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { participantStatusView } from '../../views/participant-view';
import { FindParticipantsQuery, type FoundParticipant, type FoundParticipants, type ParticipantSearch } from './find-participants.query';

/** She is the caller's to see when her programme is in scope and she is held (or was enrolled) at a unit in scope. */
const inScope = (scope: CallerScope, row: ParticipantStatusRow): boolean =>
  scopeIncludesProgramme(scope, row.programme_id) &&
  (scopeIncludesFacility(scope, row.current_facility_id ?? row.facility_id) || scopeIncludesFacility(scope, row.facility_id));

const isOpened = (entry: OpenedDirectoryEntry): entry is Extract<OpenedDirectoryEntry, { status: 'ok' }> => entry.status === 'ok';

const purposeOf = (search: ParticipantSearch): string =>
  search.kind === 'registrationNumber' ? 'GET /participants?registrationNumber' : 'GET /participants?programme&cohort';

/**
 * Registration numbers are never stored in clear, so a search by one opens the sealed directory
 * entries of the caller's scope in memory and compares register keys (case, spacing and compatibility
 * forms folded, as the enrolment reservation does). Only what is shown is disclosed, and that
 * disclosure is recorded before the answer leaves.
 */
@QueryHandler(FindParticipantsQuery)
export class FindParticipantsHandler implements IQueryHandler<FindParticipantsQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ search, actor, scope }: FindParticipantsQuery): Promise<FoundParticipants> {
    if (!rolesSeeingPersonalData.includes(actor.role)) throw new ProblemException(problems.forbidden(actor.role));
    const filter = search.kind === 'cohort' ? { programmeId: search.programmeId, cohort: search.cohort } : {};
    const rows = (await this.runtime.readModels.participantStatusRows(filter)).filter((row) => inScope(scope, row));
    const entries = (await this.runtime.readModels.participantDirectoryEntries(rows.map((row) => row.participant_id))).filter(isOpened);
    const wanted = search.kind === 'registrationNumber' ? registrationKey(search.registrationNumber) : undefined;
    const shown = wanted === undefined ? entries : entries.filter((entry) => registrationKey(entry.registrationNumber) === wanted);
    if (shown.length === 0) return { items: [] };
    const statusOf = new Map(rows.map((row) => [row.participant_id, row]));
    await this.runtime.recordDisclosure({
      actor,
      participantIds: shown.map((entry) => entry.participantId as ParticipantId),
      purpose: purposeOf(search),
    });
    const items = shown.flatMap((entry): FoundParticipant[] => {
      const row = statusOf.get(entry.participantId);
      return row === undefined
        ? []
        : [{ ...participantStatusView(row), personalData: { fullName: entry.fullName, registrationNumber: entry.registrationNumber } }];
    });
    return { items: [...items].sort((a, b) => a.personalData.fullName.localeCompare(b.personalData.fullName, 'id')) };
  }
}
