import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { readDisclosures, type DisclosureRecord } from '@binaan/command-handling';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { personalDataAccessEntryView, type PersonalDataAccessPage } from '../../views/personal-data-access-view';
import { GetPersonalDataAccessQuery } from './get-personal-data-access.query';

/** Reads the hash-chained disclosure streams themselves (what `binaan verify` checks), not a copy. */
@QueryHandler(GetPersonalDataAccessQuery)
export class GetPersonalDataAccessHandler implements IQueryHandler<GetPersonalDataAccessQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, afterPosition, limit }: GetPersonalDataAccessQuery): Promise<PersonalDataAccessPage> {
    const page: DisclosureRecord[] = [];
    let more = false;
    for await (const record of readDisclosures(this.runtime.store, filter)) {
      if (afterPosition !== undefined && record.position <= afterPosition) continue;
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
