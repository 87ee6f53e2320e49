import { defaultFollowUpWindows, incomeBands } from '@binaan/domain';
import fc from 'fast-check';
import { participantStatusRowOf } from '../../fixtures/participant-status-row.fixture';
import type { ParticipantStatusRow } from '../read-model-rows';
import { figureMembers, isPeopleFigureName, peopleFigureNames } from './outcome-membership';
import { programmeOutcome } from './programme-outcomes';

const day = (offset: number): string => new Date(Date.UTC(2019, 2, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const optionalDay = (from: number, to: number) => fc.option(fc.integer({ min: from, max: to }).map(day), { nil: null });

/** A participant_status row with an arbitrary mix of graduation, exit, release, contacts, work and return to custody. */
const statusRow: fc.Arbitrary<ParticipantStatusRow> = fc
  .record({
    graduated_on: optionalDay(60, 200),
    exit_reason: fc.option(fc.constantFrom('transferred_out', 'withdrew', 'health', 'died', 'escaped', 'disciplinary', 'other'), { nil: null }),
    released_on: optionalDay(200, 700),
    returned_to_custody_on: optionalDay(250, 1200),
    m1_attempts: fc.integer({ min: 0, max: 2 }),
    m6_attempts: fc.integer({ min: 0, max: 2 }),
    m12_attempts: fc.integer({ min: 0, max: 2 }),
    m6_reached_on: optionalDay(350, 900),
    m12_reached_on: optionalDay(500, 1100),
    m6_working: fc.constantFrom(0, 1),
    m12_working: fc.constantFrom(0, 1),
    m6_uses_trained_skill: fc.constantFrom(null, 0, 1),
    m12_uses_trained_skill: fc.constantFrom(null, 0, 1),
    m6_income_band: fc.constantFrom(null, ...incomeBands),
    days_to_first_income: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  })
  .map((facts) => participantStatusRowOf({ ...facts, exited_on: facts.exit_reason === null ? null : day(50) }));

describe('who a figure counts', () => {
  it('lists exactly as many people in each numerator and denominator as programme_outcomes counts', () => {
    fc.assert(
      fc.property(fc.array(statusRow, { maxLength: 25 }), fc.integer({ min: 0, max: 1400 }), (rows, referenceOffset) => {
        const referenceDate = day(referenceOffset);
        const context = { referenceDate, windows: defaultFollowUpWindows };
        const row = programmeOutcome({ programme_id: 'p', facility_id: 'f', cohort: '2019-03' }, rows, referenceDate, defaultFollowUpWindows);
        const sizes = (figure: (typeof peopleFigureNames)[number]) => {
          const members = figureMembers(figure, rows, context);
          return [members.numerator.length, members.denominator.length];
        };
        expect(sizes('completion')).toEqual([row.graduated, row.enrolled]);
        expect(sizes('completionExcludingOutsideExits')).toEqual([row.graduated, row.enrolled - row.exited_outside_control]);
        expect(sizes('contactM1')).toEqual([row.m1_reached, row.m1_due]);
        expect(sizes('contactM6')).toEqual([row.m6_reached, row.m6_due]);
        expect(sizes('workingM6OfDue')).toEqual([row.m6_working, row.m6_due]);
        expect(sizes('workingM12OfReached')).toEqual([row.m12_working, row.m12_reached]);
        expect(sizes('trainedSkillM6')).toEqual([row.m6_working_trained_skill, row.m6_working]);
        expect(sizes('returnedToCustodyWithin12Months')).toEqual([row.returned_within_12m, row.released_12m_ago]);
        expect(sizes('firstIncomeKnown')[0]).toBe(row.first_income_known);
      }),
    );
  });

  it('names the participants, so an auditor can open each one', () => {
    const graduate = participantStatusRowOf({ graduated_on: '2019-09-01', status: 'graduated' });
    const leaver = participantStatusRowOf({ exit_reason: 'health', exited_on: '2019-05-01', status: 'exited' });
    const members = figureMembers('completionExcludingOutsideExits', [graduate, leaver], { referenceDate: '2020-01-01', windows: defaultFollowUpWindows });
    expect(members).toEqual({ figure: 'completionExcludingOutsideExits', numerator: [graduate.participant_id], denominator: [graduate.participant_id] });
  });

  it('knows its figure names, and only its own (the API and the CLI check a requested name with it)', () => {
    expect(peopleFigureNames.filter((name) => !isPeopleFigureName(name))).toEqual([]);
    expect(['completion', 'contactM6', 'returnedToCustodyWithin12Months'].every(isPeopleFigureName)).toBe(true);
    expect(['', 'toString', 'constructor', '__proto__', 'Completion', 'completion_rate'].filter(isPeopleFigureName)).toEqual([]);
  });
});
