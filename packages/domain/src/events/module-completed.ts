import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ModuleId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { AssessmentResult } from '../vocabulary/assessment-result';

/** Stored before results were named after K / BK; read through `upcastModuleCompletedV1`. */
export const ModuleCompletedDataV1 = struct('ModuleCompletedDataV1', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  moduleId: ModuleId,
  passed: t.boolean,
  assessedOn: LocalDate,
});
export type ModuleCompletedDataV1 = t.TypeOf<typeof ModuleCompletedDataV1>;

export const ModuleCompletedData = struct('ModuleCompletedData', 'strip', {
  schemaVersion: t.literal(2),
  participantId: ParticipantId,
  moduleId: ModuleId,
  result: AssessmentResult,
  assessedOn: LocalDate,
});
export type ModuleCompletedData = t.TypeOf<typeof ModuleCompletedData>;

export const upcastModuleCompletedV1 = ({ passed, ...rest }: ModuleCompletedDataV1): ModuleCompletedData => ({
  ...rest,
  schemaVersion: 2,
  result: passed ? 'competent' : 'not_yet_competent',
});

export const ModuleCompleted = struct('ModuleCompleted', 'strip', {
  type: t.literal('ModuleCompleted'),
  data: ModuleCompletedData,
});
export type ModuleCompleted = t.TypeOf<typeof ModuleCompleted>;
