import type { AuditLogRow, ParticipantStatusRow } from '@binaan/projections';
import * as E from 'fp-ts/Either';
import { commandReply } from '../commands/command-reply';
import type { ParticipantHistoryReply } from '../participants/queries/get-participant-history.query';
import type { ParticipantReply } from '../participants/queries/get-participant.query';
import type { AuditPage } from '../reports/queries/get-audit-events.query';
import { auditEntryView } from '../views/audit-entry-view';
import { historyEntryViews } from '../views/history-entry-view';
import { participantStatusView, personalDataView } from '../views/participant-view';

/*
 * One made-up participant's record, from enrolment to a follow-up six months after release. The
 * examples are built from read-model rows by the API's own views and reply builders, so each is
 * exactly what a client would get, and the examples of different routes tell the same story.
 */

export const exampleParticipantId = '2b1f0c8e-7d3a-4c5b-9e1f-0a2b3c4d5e6f';
const streamName = `participant-${exampleParticipantId}`;

export const examplePersonalData = { fullName: 'Peserta Contoh (fiktif)', registrationNumber: 'BI.0000/2019 (contoh)' };

type RecordedRow = AuditLogRow & { readonly event_id: string; readonly command_id: string };

const recorded = (
  position: bigint,
  revision: bigint,
  eventType: string,
  ids: { readonly eventId: string; readonly commandId: string; readonly hash: string },
  businessDate: string,
  recordedAt: string,
  actor: string,
): RecordedRow => ({
  position,
  stream_name: streamName,
  revision,
  event_type: eventType,
  event_id: ids.eventId,
  business_date: businessDate,
  recorded_at: recordedAt,
  actor_id: `demo-${actor}`,
  actor_role: actor,
  command_id: ids.commandId,
  correlation_id: ids.commandId,
  causation_id: ids.commandId,
  hash: ids.hash,
});

const enrolled = recorded(
  1201n,
  0n,
  'InmateEnrolled',
  {
    eventId: 'c4a1e0b2-5d3f-4e6a-8b7c-9d0e1f2a3b4c',
    commandId: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d',
    hash: '4f9c2a7e1b3d5f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a',
  },
  '2019-03-04',
  '2019-03-04T02:15:00.000Z',
  'registrar',
);
const moduleCompleted = recorded(
  1207n,
  1n,
  'ModuleCompleted',
  {
    eventId: 'd5b2f1c3-6e4a-4f7b-9c8d-0e1f2a3b4c5d',
    commandId: '8e1c7b9f-2d3a-4f4b-8c6e-7a8b9c0d1e2f',
    hash: '9a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f3a5b7c9d1e3f5a7b',
  },
  '2019-04-20',
  '2019-04-20T03:12:45.000Z',
  'assessor',
);
const released = recorded(
  1593n,
  2n,
  'InmateReleased',
  {
    eventId: 'e6c3a2d4-7f5b-4a8c-8d9e-1f2a3b4c5d6e',
    commandId: '9f2d8c0a-3e4b-4a5c-9d7f-8b9c0d1e2f3a',
    hash: '2c4e6a8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c',
  },
  '2019-11-15',
  '2019-11-15T07:40:10.000Z',
  'registrar',
);
const followUpLogged = recorded(
  2040n,
  3n,
  'FollowUpLogged',
  {
    eventId: 'f7d4b3e5-8a6c-4b9d-9e0f-2a3b4c5d6e7f',
    commandId: '0a3e9d1b-4f5c-4b6d-8e8a-9c0d1e2f3a4b',
    hash: '7e9b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b',
  },
  '2020-05-18',
  '2020-05-18T04:05:30.000Z',
  'caseworker',
);

/** The reply to the command that recorded `row`, as the command route sends it. */
const acceptedReply = (row: RecordedRow) =>
  commandReply(
    E.right({
      kind: 'accepted',
      streamName,
      nextExpectedRevision: row.revision,
      position: row.position,
      events: [{ id: row.event_id, type: row.event_type, revision: row.revision }],
      repeated: false,
    }),
    { participantId: exampleParticipantId, commandId: row.command_id, location: undefined, warnings: [] },
  ).body;

export const enrolmentAccepted = acceptedReply(enrolled);
export const moduleCompletionAccepted = acceptedReply(moduleCompleted);
export const releaseAccepted = acceptedReply(released);
export const followUpAccepted = acceptedReply(followUpLogged);

/** The ids of the example's release and contact, for the examples that name an entry (a void). */
export const exampleReleaseEventId = released.event_id;
export const exampleFollowUpEventId = followUpLogged.event_id;

const inTraining: ParticipantStatusRow = {
  participant_id: exampleParticipantId,
  programme_id: 'sulam-malang-2019',
  curriculum_version: 1,
  facility_id: 'lapas-perempuan-malang',
  current_facility_id: 'lapas-perempuan-malang',
  cohort: '2019-03',
  enrolled_on: '2019-03-04',
  previous_participant_id: null,
  home_regency: '3507',
  status: 'in_training',
  assessed_modules: 'sulam-dasar',
  competent_modules: 'sulam-dasar:2019-04-20',
  modules_assessed: 1,
  modules_competent: 1,
  modules_competent_first_attempt: 1,
  graduated_on: null,
  graduated_at_facility_id: null,
  exited_on: null,
  exited_from_facility_id: null,
  exit_reason: null,
  transfers: 0,
  released_on: null,
  released_from_facility_id: null,
  release_type: null,
  supervision_ends_on: null,
  returned_to_custody_on: null,
  custody_return_kind: null,
  consent_withdrawn_on: null,
  follow_ups_attempted: 0,
  follow_ups_reached: 0,
  m1_attempts: 0,
  m1_reached_on: null,
  m1_employment: null,
  m3_attempts: 0,
  m3_reached_on: null,
  m3_employment: null,
  m6_attempts: 0,
  m6_reached_on: null,
  m6_employment: null,
  m6_working: 0,
  m6_uses_trained_skill: null,
  m6_income_band: null,
  m12_attempts: 0,
  m12_reached_on: null,
  m12_employment: null,
  m12_working: 0,
  m12_uses_trained_skill: null,
  m12_income_band: null,
  first_income_on: null,
  days_to_first_income: null,
};

const reachedAtM6: ParticipantStatusRow = {
  ...inTraining,
  status: 'released',
  released_on: '2019-11-15',
  released_from_facility_id: 'lapas-perempuan-malang',
  release_type: 'pembebasan_bersyarat',
  supervision_ends_on: '2020-11-15',
  follow_ups_attempted: 1,
  follow_ups_reached: 1,
  m6_attempts: 1,
  m6_reached_on: '2020-05-18',
  m6_employment: 'self_employed',
  m6_working: 1,
  m6_uses_trained_skill: 1,
  m6_income_band: '500k_to_1m',
  first_income_on: '2020-05-18',
  days_to_first_income: 185,
};

export const participantExample: ParticipantReply['participant'] = {
  ...participantStatusView(reachedAtM6),
  personalData: personalDataView({
    participantId: exampleParticipantId,
    status: 'ok',
    fullName: examplePersonalData.fullName,
    registrationNumber: examplePersonalData.registrationNumber,
  }),
};

/** The history replayed to the end of June 2019: trained in one module, not yet released. */
export const participantHistoryExample: ParticipantHistoryReply = {
  participantId: exampleParticipantId,
  asOf: { businessDate: '2019-06-30' },
  status: participantStatusView(inTraining),
  events: historyEntryViews([enrolled, moduleCompleted], []),
};

export const auditPageExample: AuditPage = {
  items: [enrolled, moduleCompleted, released, followUpLogged].map(auditEntryView),
  nextAfter: null,
};

/** A subject report of the example participant: one event, her data opened, one disclosure (this report's). */
export const subjectReportExample = {
  kind: 'binaan-subject-report',
  generatedAt: '2020-06-30T02:14:09.120Z',
  participantId: exampleParticipantId,
  streamName,
  events: [
    {
      revision: '0',
      type: 'InmateEnrolled',
      businessDate: '2019-03-04',
      recordedAt: '2019-03-04T03:10:00.000Z',
      actor: { id: 'registrar-malang-1', role: 'registrar' },
      recorded: { schemaVersion: 1, participantId: exampleParticipantId, programmeId: 'sulam-malang-2019', facilityId: 'lapas-perempuan-malang' },
      personalData: { status: 'ok', data: examplePersonalData },
    },
  ],
  accessLog: [
    {
      position: '4181',
      recordedAt: '2020-06-30T02:14:09.100Z',
      day: '2020-06-30',
      actor: { id: 'admin-1', role: 'admin' },
      purpose: 'GET /participants/:id/subject-report',
      participantIds: [exampleParticipantId],
    },
  ],
  linkedEnrolments: [],
};

/** A registrar's look-up by registration number: the example participant, her name shown (and recorded as shown). */
export const foundParticipantsExample = {
  items: [{ ...participantStatusView(reachedAtM6), personalData: examplePersonalData }],
};
