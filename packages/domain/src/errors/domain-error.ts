import { EnrolmentError } from './enrolment-errors';
import { FollowUpError } from './follow-up-errors';
import { ModuleError } from './module-errors';
import { ParticipantError } from './participant-errors';
import { ReleaseError } from './release-errors';

/**
 * A broken domain rule: `_tag` names the rule, `code` is its stable SCREAMING_SNAKE form for APIs,
 * `message` is English for people. Messages hold ids and business dates, never personal data.
 */
export type DomainError = EnrolmentError | ParticipantError | ModuleError | ReleaseError | FollowUpError;
export type DomainErrorTag = DomainError['_tag'];
