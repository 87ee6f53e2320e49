import { Query } from '@nestjs/cqrs';
import type { DisclosureFilter } from '@binaan/command-handling';
import type { PersonalDataAccessPage } from '../../views/personal-data-access-view';
import type { CallerScope } from '../../auth/caller-scope';

/** A page of the record of who was shown personal data (the disclosure streams). */
export class GetPersonalDataAccessQuery extends Query<PersonalDataAccessPage> {
  constructor(
    readonly filter: DisclosureFilter,
    readonly afterPosition: bigint | undefined,
    readonly limit: number,
    /** A scoped caller sees only disclosures about her participants, and only their ids. */
    readonly scope: CallerScope,
  ) {
    super();
  }
}
