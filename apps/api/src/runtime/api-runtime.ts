import {
  type AuditLogRow,
  type ParticipantStatusRow,
  queryFacilityCoverage,
  queryFollowUpsDue,
  queryFacilityStages,
  queryStreamsOfCommand,
  queryMedianDaysToFirstIncome,
  queryParticipantStatus,
  queryProgrammeOutcomes,
} from '@binaan/projections';
import { lastPositionOf } from '@binaan/event-store';
import type { BinaanRuntime } from '@binaan/runtime';
import { auditLogRows } from './audit-log-query';
import type { ApiRuntime } from './api-runtime.port';
import { openContactDetails } from './open-contact-details';

/**
 * The API's view of the composition root: the read-model queries it serves, the projections' status
 * and catch-up, and one participant's as-of replay. The API takes ownership (closing it closes the runtime).
 */
export const apiRuntimeFrom = (runtime: BinaanRuntime, clock: () => Date = runtime.config.clock ?? (() => new Date())): ApiRuntime => ({
  catalogue: runtime.catalogue,
  clock,
  store: runtime.store,
  executeCommand: (envelope, scope) => runtime.executeCommand(envelope, scope),
  participantPlace: (participantId) => runtime.participantPlace(participantId),
  executeFacilityCommand: (envelope) => runtime.executeFacilityCommand(envelope),
  fingerprintCommand: (envelope) => runtime.fingerprintCommand(envelope),
  readModels: {
    participantStatus: async (participantId) => (await queryParticipantStatus(runtime.readModels, { participantId }))[0],
    participantDirectoryEntry: async (participantId) => (await runtime.openParticipantNames([participantId]))[0],
    participantDirectoryEntries: (participantIds) => runtime.openParticipantNames(participantIds),
    // Reports may read a replica (PG_READ_URL); one participant's status stays on the primary, so staff
    // see their own writes once the projections have them.
    programmeOutcomes: (filter) => queryProgrammeOutcomes(runtime.reportReadModels, filter),
    participantStatusRows: (filter) => queryParticipantStatus(runtime.reportReadModels, filter),
    streamsOfCommand: (commandId) => queryStreamsOfCommand(runtime.readModels, commandId),
    facilityStages: (filter) => queryFacilityStages(runtime.reportReadModels, filter),
    medianDaysToFirstIncome: (filter) => queryMedianDaysToFirstIncome(runtime.reportReadModels, filter),
    followUpsDue: (query) => queryFollowUpsDue(runtime.reportReadModels, query),
    auditLog: (filter) => auditLogRows(runtime.reportReadModels, filter),
    facilityCoverage: (query) => queryFacilityCoverage(runtime.reportReadModels, query),
  },
  projections: {
    status: () => runtime.projections.status(),
    waitUntilCaughtUp: async ({ timeoutMs = 10_000 } = {}) => {
      const head = await lastPositionOf(runtime.store);
      if (head !== null) await runtime.waitForProjections(head, timeoutMs);
    },
  },
  replayParticipantAsOf: async (participantId, asOf) => {
    const streamName = `participant-${participantId}`;
    const replayed = await runtime.replayStreamAsOf(streamName, asOf, ['participant_status', 'audit_log']);
    const statuses = (replayed.participant_status ?? []) as readonly ParticipantStatusRow[];
    const events = (replayed.audit_log ?? []) as readonly AuditLogRow[];
    return {
      status: statuses.find((row) => row.participant_id === participantId),
      events: events.filter((row) => row.stream_name === streamName),
    };
  },
  recordDisclosure: (disclosure) => runtime.recordDisclosure(disclosure),
  contactDetails: (participantId) => openContactDetails(runtime.store, runtime.vault, participantId),
  subjectReport: (request) => runtime.subjectReport(request),
  close: () => runtime.close(),
});
