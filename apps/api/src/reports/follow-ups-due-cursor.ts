import type { FollowUpsDueCursor } from '@binaan/projections';
import type { ParamRule } from '../http/query-params';

/**
 * The worklist's `after`/`nextAfter`: the last item's window close and participant id, as
 * `2020-03-17_b4d6f8a0-2c3e-4f7a-9b1d-3f5a7b9c1d2e`. Readable, so a page can be asked for by hand.
 */
const cursorPattern = /^(\d{4}-\d{2}-\d{2})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const followUpsDueCursorRule: ParamRule = (value) =>
  cursorPattern.test(value) ? undefined : 'must be the nextAfter of the page before (a date YYYY-MM-DD, "_" and a participant id)';

export const formatFollowUpsDueCursor = (cursor: FollowUpsDueCursor): string => `${cursor.windowClosesOn}_${cursor.participantId}`;

/** The cursor of a value followUpsDueCursorRule accepted. */
export const parseFollowUpsDueCursor = (value: string): FollowUpsDueCursor => {
  const [, windowClosesOn, participantId] = cursorPattern.exec(value) ?? [];
  if (windowClosesOn === undefined || participantId === undefined) throw new Error('parseFollowUpsDueCursor: a value the rule refuses');
  return { windowClosesOn, participantId };
};
