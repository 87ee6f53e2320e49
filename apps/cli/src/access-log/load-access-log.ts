import { readDisclosures, UnreadableDisclosureError, type DisclosureFilter, type DisclosureRecord } from '@binaan/command-handling';
import type { EventStore } from '@binaan/event-store';
import { UserError } from '../cli/user-error';

/** The matching entries of the access log, with what to do when one of them cannot be read. */
export const loadAccessLog = async (events: EventStore, filter: DisclosureFilter): Promise<readonly DisclosureRecord[]> => {
  const entries: DisclosureRecord[] = [];
  try {
    for await (const entry of readDisclosures(events, filter)) entries.push(entry);
  } catch (error) {
    if (error instanceof UnreadableDisclosureError) throw new UserError(error.message, 'Run `binaan verify` to check whether the store was altered');
    throw error;
  }
  return entries;
};
