import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { businessDateAt, isNationalScope, type ParticipantId } from '@binaan/domain';
import type { NextFollowUp } from '@binaan/projections';
import type { Role } from '../../auth/role';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { followUpsDueView, type FollowUpsDueView, type WorklistContact } from '../../views/follow-ups-due-view';
import { GetFollowUpsDueQuery, type ContactsRequest } from './get-follow-ups-due.query';

/** Who may have the people on the worklist named and their contact details opened: the case workers who call them. */
const rolesOpeningWorklistContacts: readonly Role[] = ['caseworker'];

@QueryHandler(GetFollowUpsDueQuery)
export class GetFollowUpsDueHandler implements IQueryHandler<GetFollowUpsDueQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, withItems, scope, page, contacts }: GetFollowUpsDueQuery): Promise<FollowUpsDueView> {
    const today = businessDateAt(this.runtime.clock());
    // The worklist of her units: the women they hold now (or last held, after release), items and counts alike.
    const due = await this.runtime.readModels.followUpsDue({
      ...filter,
      today,
      ...(isNationalScope(scope) ? {} : { scope }),
      // Roles without items get the counts alone.
      limit: withItems ? page.limit : 0,
      ...(page.after === undefined ? {} : { after: page.after }),
    });
    // Only the page's people are named and their contacts opened: a disclosure no wider than the screen.
    const opened = contacts === undefined ? undefined : await this.openContacts(due.items, contacts);
    return followUpsDueView(due, today, withItems, this.runtime.catalogue, opened);
  }

  /**
   * Names and contact details of the people her facilities released, opened for a case worker; the
   * disclosure (every person shown) is recorded before anything leaves.
   */
  private async openContacts(pending: readonly NextFollowUp[], { actor }: ContactsRequest): Promise<ReadonlyMap<string, WorklistContact>> {
    if (!rolesOpeningWorklistContacts.includes(actor.role)) throw new ProblemException(problems.forbidden(actor.role));
    // `pending` holds only the women within her scope (the units that hold them now), one page of them.
    const ids = pending.map((next) => next.participant_id);
    if (ids.length === 0) return new Map();
    const names = (await this.runtime.readModels.participantDirectoryEntries(ids)).flatMap((entry) => (entry.status === 'ok' ? [entry] : []));
    if (names.length === 0) return new Map();
    await this.runtime.recordDisclosure({
      actor,
      participantIds: names.map((entry) => entry.participantId as ParticipantId),
      purpose: 'GET /follow-ups/due?contacts=true',
    });
    const shown = await Promise.all(
      names.map(async (entry): Promise<[string, WorklistContact]> => {
        const details = await this.runtime.contactDetails(entry.participantId);
        const { participantId: _id, ...reach } = details ?? { participantId: entry.participantId };
        return [entry.participantId, { fullName: entry.fullName, registrationNumber: entry.registrationNumber, ...reach }];
      }),
    );
    return new Map(shown);
  }
}
