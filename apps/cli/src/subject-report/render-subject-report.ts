import type { JsonObject, JsonValue } from '@binaan/event-store';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';
import type { SubjectEvent, SubjectReport } from '@binaan/runtime';

const valueText = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : JSON.stringify(value));

const fieldsText = (data: JsonObject, indent: string): string[] =>
  Object.entries(data).map(([field, value]) => `${indent}${field}: ${valueText(value)}`);

const personalDataLines = (event: SubjectEvent): string[] => {
  if (event.personalData === undefined) return [];
  if ('data' in event.personalData) return ['    personal data:', ...fieldsText(event.personalData.data, '      ')];
  return [`    personal data: ${event.personalData.status === 'erased' ? '[erased]' : `[cannot be opened: ${event.personalData.status}]`}`];
};

const eventLines = (event: SubjectEvent): string[] => [
  `  rev ${event.revision}  ${event.type}  business date ${event.businessDate ?? '-'}  recorded ${event.recordedAt ?? '-'} by ${event.actor.id ?? '-'} (${event.actor.role ?? '-'})`,
  ...fieldsText(event.recorded, '    '),
  ...personalDataLines(event),
];

export const renderSubjectReportText = (report: SubjectReport, generatedAt: string): string => {
  const access =
    report.accessLog.length === 0
      ? "No disclosure of this person's data is recorded.\n"
      : renderTable(
          ['recorded at (UTC)', 'actor', 'role', 'purpose'],
          report.accessLog.map((entry) => [entry.recordedAt, entry.actor?.id, entry.actor?.role, entry.purpose]),
        );
  return [
    `Subject report for participant ${report.participantId} (stream ${report.streamName}), generated ${generatedAt}.`,
    "It holds this person's personal data, decrypted: keep it under the same protection as the store. Its own disclosure is recorded in the access log.",
    '',
    `Everything recorded about this person (${report.events.length} event(s)):`,
    ...report.events.flatMap(eventLines),
    '',
    `Who was shown this person's data (${report.accessLog.length} disclosure(s)):`,
    access,
    report.linkedEnrolments.length === 0
      ? 'No other enrolment of this person is linked to this one.\n'
      : `Other enrolments of this person, each with a report of its own: ${report.linkedEnrolments.join(', ')}\n`,
  ].join('\n');
};

export const renderSubjectReportJson = (report: SubjectReport, generatedAt: string): string =>
  toJson({ kind: 'binaan-subject-report', generatedAt, personalData: 'included', ...report }) + '\n';
