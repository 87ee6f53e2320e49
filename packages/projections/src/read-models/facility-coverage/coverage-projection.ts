import * as E from 'fp-ts/Either';
import { createEvolve, decodeWith, FacilityPopulationRecordedData, facilityStreamName, formatDecodeError, isParticipantEventType, type Catalogue } from '@binaan/domain';
import { participantStateRow, stateOfRow } from '../participant-state/participant-state-row';
import { outsideItsStream, participantEventOf, type ProjectionEvent } from '../projection-event';
import { recordOf } from '../outcomes-projection';
import type { CoverageFactRow, CoverageParticipantPlacementsRow, ParticipantStateRow, Row } from '../read-model-rows';
import { aggregateInParts, type RowProjection, type RowRef, type RowWrite } from '../row-projection';
import type { CoverageEligibility } from './coverage-eligibility';
import { countFact, placementFacts } from './coverage-facts';
import { combineCoverageParts, coveragePart, type CoveragePart, facilityCoverageOf, facilityCoverageRows } from './facility-coverage';

export interface CoverageProjectionOptions {
  readonly catalogue: Catalogue;
  /** Who counts on both sides of the ratio. Default: everyone (`all`). */
  readonly eligibility?: CoverageEligibility;
}

const stateKey = (event: ProjectionEvent): string | null =>
  isParticipantEventType(event.type) && typeof event.data['participantId'] === 'string' ? event.data['participantId'] : null;

/** A count as a fact; Left names why the data is not a count (a store that did not check it on write). */
const countWrites = (event: ProjectionEvent): E.Either<string, readonly RowWrite[]> => {
  const decoded = decodeWith(FacilityPopulationRecordedData)(event.data);
  if (E.isLeft(decoded)) return E.left(`${event.type} at position ${event.position}: ${formatDecodeError(decoded.left)}`);
  const ownStream = facilityStreamName(decoded.right.facilityId);
  if (event.streamName !== ownStream) return outsideItsStream(event, ownStream);
  const fact = countFact(decoded.right);
  return E.right([{ table: 'coverage_fact', key: fact.fact_id, row: fact }]);
};

/**
 * The `coverage` projection: facility_coverage, eligible people in the programme at each facility
 * over the people it held, per month.
 *
 * How it sees the facility streams: the runner hands every projection every event of the store in
 * global order (one `readAll`), so this projection reads FacilityPopulationRecorded from the
 * `facility-<id>` streams as it reads the participant streams, with no subscription of its own; the
 * as-of replay filters the same sequence, so counts are replayed on both time axes like every other
 * event. It is a projection apart from `outcomes` (which skips facility events) so that adding it
 * leaves the outcomes tables as they are, at the cost of folding each participant's events a second
 * time, into coverage_participant_state, with the decider's own `evolve` (voids, corrections,
 * cancellations and transfers undo and move exactly as the decider says). Her placements are read
 * off that state once per batch; coverage_participant_placements keeps the ones last written, so a
 * placement her amended record no longer has is deleted, and its facility recomputed (the write names
 * the row it deletes, so the runner marks that facility's group though it never loaded the row).
 *
 * Both kinds of fact land in one table, coverage_fact, grouped by facility, which the aggregate turns
 * into a row per facility and month against the reference date (so the running month moves with
 * the day, and a count recorded late moves the months after it).
 */
export const coverageProjection = (options: CoverageProjectionOptions): RowProjection => {
  const evolve = createEvolve(options.catalogue);
  const eligibility = options.eligibility ?? 'all';
  return {
    name: 'coverage',
    tables: ['coverage_participant_state', 'coverage_participant_placements', 'coverage_fact', 'facility_coverage'],
    reads: (event): readonly RowRef[] => {
      const key = stateKey(event);
      return key === null
        ? []
        : [
            { table: 'coverage_participant_state', key },
            { table: 'coverage_participant_placements', key },
          ];
    },
    apply: (event, lookup) => {
      if (event.type === 'FacilityPopulationRecorded') return countWrites(event);
      const read = participantEventOf(event);
      if (E.isLeft(read) || read.right === null) return E.isLeft(read) ? read : E.right([]);
      const participant = read.right;
      const key = participant.data.participantId;
      const before = stateOfRow(lookup({ table: 'coverage_participant_state', key }) as ParticipantStateRow | undefined);
      if (before.status !== 'enrolled' && participant.type !== 'InmateEnrolled') {
        return E.left(`${participant.type} for participant ${key}, who has no enrolment`);
      }
      const after = evolve(before, participant, recordOf(event));
      return after.status !== 'enrolled' ? E.right([]) : E.right([{ table: 'coverage_participant_state', key, row: participantStateRow(after) }]);
    },
    derived: {
      from: 'coverage_participant_state',
      derive: (key, row, before) => {
        const now = row === null ? [] : placementFacts(stateOfRow(row as ParticipantStateRow));
        const kept = new Set(now.map((fact) => fact.fact_id));
        const written = before({ table: 'coverage_participant_placements', key }) as CoverageParticipantPlacementsRow | undefined;
        const previous = written === undefined ? [] : (JSON.parse(written.placements) as readonly CoverageFactRow[]);
        return [
          {
            table: 'coverage_participant_placements',
            key,
            row: now.length === 0 ? null : { participant_id: key, placements: JSON.stringify(now) },
          },
          ...now.map((fact): RowWrite => ({ table: 'coverage_fact', key: fact.fact_id, row: fact })),
          ...previous
            .filter((fact) => !kept.has(fact.fact_id))
            .map((fact): RowWrite => ({ table: 'coverage_fact', key: fact.fact_id, row: null, previous: fact })),
        ];
      },
    },
    aggregates: [
      {
        table: 'facility_coverage',
        source: 'coverage_fact',
        groupColumns: ['facility_id'],
        compute: (group: Row, rows, referenceDate) =>
          facilityCoverageRows(String(group['facility_id']), rows as readonly CoverageFactRow[], referenceDate, eligibility),
        inParts: aggregateInParts<CoveragePart>({
          part: (_group, rows, referenceDate) => coveragePart(rows as readonly CoverageFactRow[], referenceDate, eligibility),
          combine: combineCoverageParts,
          finish: (group, whole, referenceDate) => facilityCoverageOf(String(group['facility_id']), whole, referenceDate, eligibility),
        }),
      },
    ],
    // Her state, placements and placement facts change only for her events (her stream); a count's
    // fact only for its facility's stream.
    rowsFollowOneStream: true,
  };
};
