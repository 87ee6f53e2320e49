import type { PeopleFigureName } from '@binaan/projections';
import { renderCsv } from '../output/csv';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';

export interface FigureMembers {
  readonly figure: PeopleFigureName;
  readonly referenceDate: string;
  readonly numerator: readonly string[];
  readonly denominator: readonly string[];
}

/** Everyone the figure counts, once each, with where they count: an auditor samples from this list. */
const memberRows = (members: FigureMembers): readonly (readonly [string, 'yes' | 'no', 'yes' | 'no'])[] => {
  const inNumerator = new Set(members.numerator);
  const inDenominator = new Set(members.denominator);
  return [...new Set([...members.denominator, ...members.numerator])]
    .sort()
    .map((participantId) => [participantId, inNumerator.has(participantId) ? 'yes' : 'no', inDenominator.has(participantId) ? 'yes' : 'no'] as const);
};

export const renderMembersTable = (members: FigureMembers, heading: string): string =>
  `${heading}\n${members.figure}: ${members.numerator.length} in the numerator, ${members.denominator.length} in the denominator ` +
  `(measured on ${members.referenceDate})\n` +
  renderTable(['participant', 'numerator', 'denominator'], memberRows(members)) +
  'Open one with: binaan history <participant>\n';

export const renderMembersJson = (members: FigureMembers, asOf: object): string => toJson({ asOf, ...members }) + '\n';

export const renderMembersCsv = (members: FigureMembers): string =>
  renderCsv(['participant_id', 'in_numerator', 'in_denominator'], memberRows(members).map(([id, numerator, denominator]) => [id, numerator === 'yes' ? 1 : 0, denominator === 'yes' ? 1 : 0]));
