import * as E from 'fp-ts/Either';
import { Catalogue } from '../catalogue/catalogue-codecs';
import { LocalDate } from '../dates/local-date';
import { DomainError } from '../errors/domain-error';
import { notEnrolled } from '../errors/participant-errors';
import { ParticipantEvent } from '../events/participant-event';
import { EnrolledParticipant, ParticipantState } from './participant-state';

/** What a decision may consult besides the command and the state: the rules in force and the business date of today. */
export interface DecisionContext {
  readonly catalogue: Catalogue;
  readonly today: LocalDate;
}

export type Decision = E.Either<DomainError, readonly ParticipantEvent[]>;

export const rejectWhen = (broken: boolean, error: () => DomainError): E.Either<DomainError, void> =>
  broken ? E.left(error()) : E.right(undefined);

export const requireEnrolled = (state: ParticipantState): E.Either<DomainError, EnrolledParticipant> =>
  state.status === 'enrolled' ? E.right(state) : E.left(notEnrolled());
