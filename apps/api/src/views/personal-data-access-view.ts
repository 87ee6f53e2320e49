import type { DisclosureRecord } from '@binaan/command-handling';

/** One entry of the access log as the API shows it: ids, roles and purposes only, never the data shown. */
export const personalDataAccessEntryView = (record: DisclosureRecord) => ({
  position: record.position.toString(),
  recordedAt: record.recordedAt,
  day: record.day,
  actor: record.actor,
  purpose: record.purpose,
  participantIds: record.participantIds,
});

export interface PersonalDataAccessPage {
  readonly items: readonly ReturnType<typeof personalDataAccessEntryView>[];
  /** Pass as ?after= for the next page; null on the last page. */
  readonly nextAfter: string | null;
}
