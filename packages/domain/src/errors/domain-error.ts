import { DateError } from './date-errors';
import { EnrolmentError } from './enrolment-errors';
import { FollowUpError } from './follow-up-errors';
import { LifecycleError } from './lifecycle-errors';
import { ModuleError } from './module-errors';
import { ParticipantError } from './participant-errors';
import { PrivacyError } from './privacy-errors';
import { ReleaseError } from './release-errors';

/**
 * A broken domain rule: `_tag` names the rule, `code` is its stable SCREAMING_SNAKE form for APIs,
 * `message` is English for people. Messages hold ids and business dates, never personal data.
 */
export type DomainError =
  | EnrolmentError
  | ParticipantError
  | ModuleError
  | ReleaseError
  | FollowUpError
  | LifecycleError
  | PrivacyError
  | DateError;
export type DomainErrorTag = DomainError['_tag'];
