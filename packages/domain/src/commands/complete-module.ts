import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ModuleId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { AssessmentResult } from '../vocabulary/assessment-result';

/** Records an assessment of one module; it carries no personal data, so input and sealed forms are the same. */
export const CompleteModule = struct('CompleteModule', 'reject', {
  type: t.literal('CompleteModule'),
  participantId: ParticipantId,
  moduleId: ModuleId,
  result: AssessmentResult,
  assessedOn: LocalDate,
});
export type CompleteModule = t.TypeOf<typeof CompleteModule>;
