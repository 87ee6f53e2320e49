import type { DemoSeedReport } from '@binaan/demo-seed';

export const renderDemoSummary = (report: DemoSeedReport, store: string, today: string): string => {
  const sample = report.participantIds.slice(0, 3);
  return [
    `Seeded ${store} with ${report.participantIds.length} made-up participants (${report.commands} commands through command handling, today = ${today}).`,
    `Recorded from ${report.firstRecordedAt?.toISOString() ?? '-'} to ${report.lastRecordedAt?.toISOString() ?? '-'}; ${report.lateRecordings} recorded more than 30 days after their business date.`,
    'Read models are caught up. Try:',
    ...sample.map((participantId) => `  binaan history ${participantId}`),
    '  binaan outcomes --as-of 2020-12-31',
    '  binaan outcomes --as-of 2020-12-31 --known-at 2020-12-31',
    '  binaan verify',
    '',
  ].join('\n');
};
