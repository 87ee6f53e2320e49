import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { readDisclosures, type DisclosureRecord } from '@binaan/command-handling';
import { isNationalScope } from '@binaan/domain';
import { participantIdsWithinScope } from '../scope/report-scope';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { personalDataAccessEntryView, type PersonalDataAccessPage } from '../../views/personal-data-access-view';
import { GetPersonalDataAccessQuery } from './get-personal-data-access.query';

/**
 * Reads the hash-chained disclosure streams themselves (what `binaan verify` checks), not a copy. A
 * scoped auditor sees the disclosures about her participants, each naming only those of hers.
 */
@QueryHandler(GetPersonalDataAccessQuery)
export class GetPersonalDataAccessHandler implements IQueryHandler<GetPersonalDataAccessQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, afterPosition, limit, scope }: GetPersonalDataAccessQuery): Promise<PersonalDataAccessPage> {
    const withinScope = isNationalScope(scope) ? undefined : await participantIdsWithinScope(this.runtime.readModels, scope);
    const page: DisclosureRecord[] = [];
    let more = false;
    for await (const disclosed of readDisclosures(this.runtime.store, filter)) {
      if (afterPosition !== undefined && disclosed.position <= afterPosition) continue;
      const record =
        withinScope === undefined ? disclosed : { ...disclosed, participantIds: disclosed.participantIds.filter((id) => withinScope.has(id)) };
      if (record.participantIds.length === 0 && withinScope !== undefined) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(record);
    }
    const last = page.at(-1);
    return { items: page.map(personalDataAccessEntryView), nextAfter: more && last !== undefined ? last.position.toString() : null };
  }
}
