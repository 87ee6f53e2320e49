import * as E from 'fp-ts/Either';
import { enrolmentCancelled } from '../errors/lifecycle-errors';
import { notEnrolled } from '../errors/participant-errors';
import type { DomainError } from '../errors/domain-error';
import type { EnrolledParticipant, ParticipantState } from './participant-state';

/** The enrolment a command acts on: there must be one, and it must not have been cancelled. */
export const activeEnrolment = (state: ParticipantState): E.Either<DomainError, EnrolledParticipant> =>
  state.status !== 'enrolled' ? E.left(notEnrolled()) : state.cancelled ? E.left(enrolmentCancelled()) : E.right(state);
