import {
  createParticipantDecider,
  foldParticipant,
  shippedCatalogue,
  type ParticipantEvent,
  type ParticipantState,
  type RegencyCode,
  type VoidableEventType,
} from '@binaan/domain';
import { enrollInmate, exitParticipant, logFollowUp, recordRelease } from '../fixtures/command-fixtures';
import {
  entryVoided,
  followUpLogged,
  inmateEnrolled,
  inmateReleased,
  moduleCompleted,
  participantExited,
  participantTransferred,
  returnedToCustody,
} from '../fixtures/event-fixtures';
import { fixtureToday, localDate } from '../fixtures/fixture-values';

/*
 * What a void does to the state: the voided entry counts as never recorded. The state of a history
 * with the entry and its void equals the state without either, but for the list of every entry.
 */
const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });
const fold = (events: readonly ParticipantEvent[]) => foldParticipant(decider, events);
const withoutEntries = (state: ParticipantState) => {
  if (state.status !== 'enrolled') return state;
  const { entries: _entries, ...rest } = state;
  return rest;
};

const malang = '3573' as RegencyCode;
const surabaya = '3578' as RegencyCode;
const enrolledFromMalang = ((event) => ({ ...event, data: { ...event.data, homeRegency: malang } }))(inmateEnrolled(enrollInmate()));
const releasedTo = (homeRegency: RegencyCode | undefined) =>
  inmateReleased(recordRelease('2019-09-01', homeRegency === undefined ? {} : { homeRegency }));
const released = releasedTo(undefined);

/** `before` then `entry` (event-<before.length>) voided, against `before` alone. */
const voidedAfter = (before: readonly ParticipantEvent[], entry: ParticipantEvent, type: VoidableEventType) => ({
  voided: fold([...before, entry, entryVoided(`event-${before.length}`, type)]),
  never: fold(before),
});

describe('a voided entry counts as never recorded', () => {
  it.each([
    ['an assessment', [enrolledFromMalang], moduleCompleted('sulam-dasar', 'competent', '2019-04-01'), 'ModuleCompleted'],
    ['a release', [enrolledFromMalang], released, 'InmateReleased'],
    ['a contact', [enrolledFromMalang, released], followUpLogged(localDate('2019-09-01'), logFollowUp('2019-10-01')), 'FollowUpLogged'],
    ['an exit', [enrolledFromMalang], participantExited(exitParticipant('2019-06-01')), 'ParticipantExited'],
    ['a transfer', [enrolledFromMalang], participantTransferred('2019-05-01'), 'ParticipantTransferred'],
    ['a return to custody', [enrolledFromMalang, released], returnedToCustody('2020-02-01'), 'ReturnedToCustody'],
  ] as const)('for %s', (_what, before, entry, type) => {
    const { voided, never } = voidedAfter(before, entry, type);
    expect(withoutEntries(voided)).toEqual(withoutEntries(never));
  });

  it('for a release that named another home regency: the enrolment’s comes back', () => {
    const { voided, never } = voidedAfter([enrolledFromMalang], releasedTo(surabaya), 'InmateReleased');
    expect(never.status === 'enrolled' && never.homeRegency).toBe(malang);
    expect(withoutEntries(voided)).toEqual(withoutEntries(never));
  });

  it('for a release that named the first home regency, on an enrolment without one', () => {
    const { voided, never } = voidedAfter([inmateEnrolled()], releasedTo(surabaya), 'InmateReleased');
    expect(withoutEntries(voided)).toEqual(withoutEntries(never));
  });

  it('keeps the home regency a standing release named', () => {
    const state = fold([enrolledFromMalang, releasedTo(surabaya)]);
    expect(state.status === 'enrolled' && state.homeRegency).toBe(surabaya);
  });
});
