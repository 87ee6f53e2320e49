import * as E from 'fp-ts/Either';
import { businessDateAt, decodeCommand, decodeRecordFacilityPopulation, milestoneFor, nikWarnings, type LocalDate } from '@binaan/domain';
import { RE_ENROLMENT_INDEX_OFFSET } from '../demo-ids';
import { planProgramme } from './plan-programme';
import type { PlannedCommand } from './planned-command';
import { isLateRecording } from './recording-times';

const today = '2025-06-15' as LocalDate;
const plan = planProgramme({ participants: 300, seed: 2019, today });

const ofType = (type: string): readonly PlannedCommand[] => plan.commands.filter((command) => command.input.type === type);
const field = (command: PlannedCommand, name: string): unknown => command.input[name];

describe('planProgramme', () => {
  it('is the same for the same seed and today, and differs for another seed', () => {
    expect(planProgramme({ participants: 300, seed: 2019, today })).toEqual(plan);
    expect(planProgramme({ participants: 300, seed: 7, today }).commands).not.toEqual(plan.commands);
  });

  it('plans every participant asked for, and the re-enrolments of some who came back, across monthly cohorts from 2019 and both facilities', () => {
    const reEnrolled = plan.participantIds.length - 300;
    expect(reEnrolled).toBeGreaterThan(0);
    expect(ofType('EnrollInmate').filter((command) => command.participantIndex >= RE_ENROLMENT_INDEX_OFFSET)).toHaveLength(reEnrolled);
    const enrolments = ofType('EnrollInmate');
    const cohorts = new Set(enrolments.map((command) => String(field(command, 'enrolledOn')).slice(0, 7)));
    expect([...cohorts].sort()[0]).toBe('2019-09');
    expect(cohorts.size).toBeGreaterThanOrEqual(8);
    expect(new Set(enrolments.map((command) => field(command, 'facilityId')))).toEqual(
      new Set(['lapas-perempuan-malang', 'lapas-kelas-i-malang']),
    );
  });

  it('decodes every command as the API would on the day it is recorded, with no NIK warning', () => {
    for (const command of plan.commands) {
      const decoded: E.Either<unknown, { readonly warnings: readonly unknown[] }> =
        command.input.type === 'RecordFacilityPopulation' ? decodeRecordFacilityPopulation(command.input) : decodeCommand(command.input);
      expect(E.isRight(decoded) && decoded.right.warnings).toEqual([]);
    }
    for (const command of ofType('EnrollInmate')) {
      expect(nikWarnings(command.input['personalData'] as never)).toEqual([]);
    }
  });

  it('holds what happens to real records: voids with re-entries, exits by reason, transfers, returns to custody, home regions, counts', () => {
    const types = new Set(plan.commands.map((command) => command.input.type));
    for (const type of ['VoidEntry', 'ExitParticipant', 'TransferParticipant', 'RecordReturnToCustody', 'RecordFacilityPopulation']) expect(types).toContain(type);
    expect(ofType('EnrollInmate').some((command) => command.input['homeRegency'] !== undefined)).toBe(true);
    expect(ofType('RecordRelease').some((command) => command.input['personalData'] !== undefined)).toBe(true);
  });

  it('holds failures, reassessments, drop-outs, several release types and every contact outcome', () => {
    const assessments = ofType('CompleteModule');
    const failed = assessments.filter((command) => field(command, 'result') === 'not_yet_competent');
    expect(failed.length).toBeGreaterThan(50);
    const reassessed = failed.filter((failure) =>
      assessments.some(
        (later) =>
          field(later, 'participantId') === field(failure, 'participantId') &&
          field(later, 'moduleId') === field(failure, 'moduleId') &&
          later.businessDate > failure.businessDate,
      ),
    );
    expect(reassessed.length).toBeGreaterThan(30);
    const graduates = new Set(
      assessments.filter((command) => field(command, 'moduleId') === 'pendanaan-usaha' && field(command, 'result') === 'competent').map((command) => field(command, 'participantId')),
    );
    expect(graduates.size).toBeLessThan(plan.participantIds.length);
    expect(new Set(ofType('RecordRelease').map((command) => field(command, 'releaseType'))).size).toBeGreaterThanOrEqual(5);
    const outcomes = new Set(ofType('LogFollowUp').map((command) => field(command, 'outcome')));
    expect(outcomes).toEqual(new Set(['reached', 'not_reached', 'declined']));
    const employed = ofType('LogFollowUp').filter((command) => (command.input['employment'] as { status?: string } | undefined)?.status === 'self_employed');
    expect(employed.length).toBeGreaterThan(20);
  });

  it('puts some contacts outside every milestone window', () => {
    const releases = new Map(ofType('RecordRelease').map((command) => [field(command, 'participantId'), field(command, 'releasedOn') as LocalDate]));
    const outside = ofType('LogFollowUp').filter(
      (command) => milestoneFor(releases.get(field(command, 'participantId'))!, field(command, 'contactedOn') as LocalDate) === null,
    );
    expect(outside.length).toBeGreaterThan(0);
  });

  it('records some steps months late, never before their business date, and never on or after today', () => {
    const late = plan.commands.filter((command) => isLateRecording(command.businessDate, command.recordedAt));
    expect(late.length).toBeGreaterThan(plan.commands.length * 0.03);
    for (const command of plan.commands) {
      expect(businessDateAt(command.recordedAt) >= command.businessDate).toBe(true);
      expect(businessDateAt(command.recordedAt) < today).toBe(true);
    }
  });

  it('issues commands in recording order, and each participant in the order of their history', () => {
    const times = plan.commands.map((command) => command.recordedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const lastSequence = new Map<number, number>();
    for (const command of plan.commands) {
      expect(command.sequence).toBe((lastSequence.get(command.participantIndex) ?? -1) + 1);
      lastSequence.set(command.participantIndex, command.sequence);
    }
  });

  it('gives each person a registration number no one else at their facility holds; a re-enrolment keeps hers', () => {
    const keys = ofType('EnrollInmate').filter((command) => command.participantIndex < RE_ENROLMENT_INDEX_OFFSET).map(
      (command) => `${String(field(command, 'facilityId'))}|${(command.input['personalData'] as { registrationNumber: string }).registrationNumber}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
