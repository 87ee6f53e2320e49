import { AssertionError, deepStrictEqual } from 'node:assert';
import * as E from 'fp-ts/Either';
import {
  Catalogue,
  createParticipantDecider,
  Decision,
  type DomainError,
  DomainErrorTag,
  EncryptedEnvelope,
  foldRecorded,
  unrecordedAt,
  type Actor,
  type EventRecord,
  type RecordedParticipantEvent,
  LocalDate,
  ParticipantCommand,
  ParticipantCommandInput,
  ParticipantEvent,
  prepareCommand,
  shippedCatalogue,
} from '@binaan/domain';
import { fakeSeal } from '../fixtures/fake-seal';
import { fixtureActor, fixtureToday } from '../fixtures/fixture-values';

export interface DeciderSpecOptions {
  readonly catalogue?: Catalogue;
  readonly today?: LocalDate;
}

/**
 * A rejection with the fields it must carry besides its `_tag` (the message is for people and is not
 * compared): `{ _tag: 'VoidHasDependents', dependentEventIds: [...] }`. Fields left out are not checked.
 */
export type ExpectedRejection = {
  readonly [Tag in DomainErrorTag]: { readonly _tag: Tag } & Partial<Omit<Extract<DomainError, { readonly _tag: Tag }>, '_tag' | 'message'>>;
}[DomainErrorTag];

/** Expected events, the `_tag` of the expected DomainError, or that error with the fields it carries. */
export type DeciderExpectation = readonly ParticipantEvent[] | DomainErrorTag | ExpectedRejection;

export interface WhenStep {
  /** Throws an AssertionError (with a diff for events) when the decision differs. */
  readonly then: (expected: DeciderExpectation) => void;
}

export interface GivenStep {
  /**
   * A command as it arrived is prepared first: personal data sealed with the FAKE seal, and `actor`
   * (default: the fixture registrar) named where a rule asks who acts.
   */
  readonly when: (command: ParticipantCommand | ParticipantCommandInput, actor?: Actor) => WhenStep;
}

/** A past event, plain (given the record `unrecordedAt(index)`) or with the record it was stored under. */
export type GivenEvent = ParticipantEvent | RecordedParticipantEvent;

export interface DeciderSpec {
  readonly given: (events: readonly GivenEvent[]) => GivenStep;
}

/** An event as stored under `eventId`, recorded by `recordedBy`: for rules that name or compare them (voids). */
export const recorded = (event: ParticipantEvent, eventId: string, recordedBy: Actor | null = fixtureActor): RecordedParticipantEvent => ({
  event,
  record: { eventId, recordedBy } satisfies EventRecord,
});

const asRecorded = (events: readonly GivenEvent[]): readonly RecordedParticipantEvent[] =>
  events.map((given, index) => ('record' in given ? given : { event: given, record: unrecordedAt(index) }));

const isPrepared = (command: ParticipantCommand | ParticipantCommandInput): command is ParticipantCommand =>
  ('personalData' in command ? command.personalData === undefined || EncryptedEnvelope.is(command.personalData) : true) &&
  (!(command.type === 'VoidEntry' || command.type === 'CancelEnrolment') || 'by' in command);

const preparedForm = (command: ParticipantCommand | ParticipantCommandInput, actor: Actor): ParticipantCommand =>
  isPrepared(command) ? command : prepareCommand(command as ParticipantCommandInput, { seal: fakeSeal, actor });

const eventTypes = (events: readonly ParticipantEvent[]): string =>
  events.length === 0 ? 'no events' : events.map((event) => event.type).join(', ');

const fail = (message: string, actual: unknown, expected: unknown): never => {
  throw new AssertionError({ message, actual, expected, operator: 'then' });
};

const check = (decision: Decision, expected: DeciderExpectation): void => {
  if (typeof expected === 'function') {
    throw new TypeError('then() takes expected events or a DomainError tag; do not await or return given().when()');
  }
  if (typeof expected === 'string' || !Array.isArray(expected)) {
    const rejection: { readonly _tag: DomainErrorTag } = typeof expected === 'string' ? { _tag: expected } : (expected as ExpectedRejection);
    const tag = rejection._tag;
    if (E.isRight(decision)) {
      fail(`Expected a ${tag} rejection, but decide accepted and produced ${eventTypes(decision.right)}`, decision.right, tag);
    } else if (decision.left._tag !== tag) {
      fail(`Expected a ${tag} rejection, got ${decision.left._tag}: ${decision.left.message}`, decision.left._tag, tag);
    } else {
      const error: Readonly<Record<string, unknown>> = decision.left;
      const carried = Object.fromEntries(Object.keys(rejection).map((field) => [field, error[field]]));
      deepStrictEqual(carried, { ...rejection }, `The ${tag} rejection carries other fields than expected`);
    }
    return;
  }
  if (E.isLeft(decision)) {
    fail(
      `Expected ${eventTypes(expected)}, but decide rejected with ${decision.left._tag}: ${decision.left.message}`,
      decision.left,
      expected,
    );
  } else {
    // Strict: a field decided as `undefined` is a field the event should not have, and is shown as a difference.
    deepStrictEqual(decision.right, expected);
  }
};

/** given(events).when(command).then(expected) over the participant decider, with a fixed today. */
export const deciderSpec = ({
  catalogue = shippedCatalogue,
  today = fixtureToday,
}: DeciderSpecOptions = {}): DeciderSpec => {
  const decider = createParticipantDecider({ catalogue, today });
  return {
    given: (events) => ({
      when: (command, actor = fixtureActor) => ({
        then: (expected) => check(decider.decide(preparedForm(command, actor), foldRecorded(decider, asRecorded(events))), expected),
      }),
    }),
  };
};

/** The shipped catalogue, with today fixed at `fixtureToday` (2020-12-31). */
export const given: DeciderSpec['given'] = (events) => deciderSpec().given(events);
