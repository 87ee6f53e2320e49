import type { SubjectReport } from '@binaan/runtime';

/** A subject report as JSON: revisions and positions as decimal text, as everywhere in the API. */
export const subjectReportView = (report: SubjectReport, generatedAt: string) => ({
  kind: 'binaan-subject-report' as const,
  generatedAt,
  participantId: report.participantId,
  streamName: report.streamName,
  events: report.events.map((event) => ({ ...event, revision: event.revision.toString() })),
  accessLog: report.accessLog.map((record) => ({
    position: record.position.toString(),
    recordedAt: record.recordedAt,
    day: record.day,
    actor: record.actor,
    purpose: record.purpose,
    participantIds: record.participantIds,
  })),
  linkedEnrolments: report.linkedEnrolments,
});

export type SubjectReportView = ReturnType<typeof subjectReportView>;
