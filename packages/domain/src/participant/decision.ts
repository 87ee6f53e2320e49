import * as E from 'fp-ts/Either';
import { Catalogue } from '../catalogue/catalogue-codecs';
import { LocalDate } from '../dates/local-date';
import { DomainError } from '../errors/domain-error';
import { ParticipantEvent } from '../events/participant-event';

/** What a decision may consult besides the command and the state: the rules in force and the business date of today. */
export interface DecisionContext {
  readonly catalogue: Catalogue;
  readonly today: LocalDate;
}

/**
 * Deciders are guard clauses that return the first rule broken as a Left, in the order the rules are
 * listed. They run on every command, and each fp-ts `chain`/`chainFirst` step costs more than the rest
 * of a decision does.
 */
export type Decision = E.Either<DomainError, readonly ParticipantEvent[]>;
