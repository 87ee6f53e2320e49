import type { DemoSeedReport } from '@binaan/demo-seed';

/** A shell word: as it is when plain, else in single quotes, so a pasted "Try:" line runs as shown. */
const shellWord = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

export const renderDemoSummary = (report: DemoSeedReport, store: string, today: string): string => {
  const sample = report.participantIds.slice(0, 3);
  const storeOption = `--store ${shellWord(store)}`;
  return [
    `Seeded ${store} with ${report.participantIds.length} made-up participants (${report.commands} commands through command handling, today = ${today}).`,
    `Recorded from ${report.firstRecordedAt?.toISOString() ?? '-'} to ${report.lastRecordedAt?.toISOString() ?? '-'}; ${report.lateRecordings} recorded more than 30 days after their business date.`,
    'Read models are caught up. Try:',
    ...sample.map((participantId) => `  binaan history ${participantId} ${storeOption}`),
    `  binaan outcomes --as-of 2020-12-31 ${storeOption}`,
    `  binaan outcomes --as-of 2020-12-31 --known-at 2020-12-31 ${storeOption}`,
    `  binaan verify ${storeOption}`,
    '',
  ].join('\n');
};
