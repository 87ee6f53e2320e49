import { AssertionError, deepStrictEqual } from 'node:assert';
import * as E from 'fp-ts/Either';
import {
  Catalogue,
  createParticipantDecider,
  Decision,
  DomainErrorTag,
  EncryptedEnvelope,
  foldParticipant,
  LocalDate,
  ParticipantCommand,
  ParticipantCommandInput,
  ParticipantEvent,
  sealCommand,
  shippedCatalogue,
} from '@binaan/domain';
import { fakeSeal } from '../fixtures/fake-seal';
import { fixtureToday } from '../fixtures/fixture-values';

export interface DeciderSpecOptions {
  readonly catalogue?: Catalogue;
  readonly today?: LocalDate;
}

/** Expected events, or the `_tag` of the expected DomainError. */
export type DeciderExpectation = readonly ParticipantEvent[] | DomainErrorTag;

export interface WhenStep {
  /** Throws an AssertionError (with a diff for events) when the decision differs. */
  readonly then: (expected: DeciderExpectation) => void;
}

export interface GivenStep {
  /** Commands with personal data in clear are sealed with the FAKE seal first. */
  readonly when: (command: ParticipantCommand | ParticipantCommandInput) => WhenStep;
}

export interface DeciderSpec {
  readonly given: (events: readonly ParticipantEvent[]) => GivenStep;
}

const sealedForm = (command: ParticipantCommand | ParticipantCommandInput): ParticipantCommand =>
  'personalData' in command && command.personalData !== undefined && !EncryptedEnvelope.is(command.personalData)
    ? sealCommand(command as ParticipantCommandInput, fakeSeal)
    : (command as ParticipantCommand);

/** Drops undefined-valued keys so `{ a: undefined }` and `{}` compare equal, as they do once stored as JSON. */
const withoutUndefined = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutUndefined)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, field]) => field !== undefined)
            .map(([key, field]) => [key, withoutUndefined(field)]),
        )
      : value;

const eventTypes = (events: readonly ParticipantEvent[]): string =>
  events.length === 0 ? 'no events' : events.map((event) => event.type).join(', ');

const fail = (message: string, actual: unknown, expected: unknown): never => {
  throw new AssertionError({ message, actual, expected, operator: 'then' });
};

const check = (decision: Decision, expected: DeciderExpectation): void => {
  if (typeof expected === 'function') {
    throw new TypeError('then() takes expected events or a DomainError tag; do not await or return given().when()');
  }
  if (typeof expected === 'string') {
    if (E.isRight(decision)) {
      fail(
        `Expected a ${expected} rejection, but decide accepted and produced ${eventTypes(decision.right)}`,
        decision.right,
        expected,
      );
    } else if (decision.left._tag !== expected) {
      fail(
        `Expected a ${expected} rejection, got ${decision.left._tag}: ${decision.left.message}`,
        decision.left._tag,
        expected,
      );
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
    deepStrictEqual(withoutUndefined(decision.right), withoutUndefined(expected));
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
      when: (command) => ({
        then: (expected) => check(decider.decide(sealedForm(command), foldParticipant(decider, events)), expected),
      }),
    }),
  };
};

/** The shipped catalogue, with today fixed at `fixtureToday` (2020-12-31). */
export const given: DeciderSpec['given'] = (events) => deciderSpec().given(events);
