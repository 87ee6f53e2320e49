import * as t from 'io-ts';
import { CompleteModule } from './complete-module';
import { EnrollInmate, EnrollInmateInput } from './enroll-inmate';
import { LogFollowUp, LogFollowUpInput } from './log-follow-up';
import { RecordRelease } from './record-release';

export const participantCommandTypes = ['EnrollInmate', 'CompleteModule', 'RecordRelease', 'LogFollowUp'] as const;
export type ParticipantCommandType = (typeof participantCommandTypes)[number];

export const isParticipantCommandType = (candidate: unknown): candidate is ParticipantCommandType =>
  participantCommandTypes.some((type) => type === candidate);

/** Commands as they arrive from outside, personal data in clear. */
export type ParticipantCommandInput = EnrollInmateInput | CompleteModule | RecordRelease | LogFollowUpInput;

/** Sealed commands, as `decide` takes them. */
export const ParticipantCommand = t.union([EnrollInmate, CompleteModule, RecordRelease, LogFollowUp]);
export type ParticipantCommand = t.TypeOf<typeof ParticipantCommand>;
