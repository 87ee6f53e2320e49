import {
  competentModuleIds,
  createParticipantDecider,
  foldParticipant,
  hasGraduated,
  ParticipantEvent,
  ParticipantState,
  shippedCatalogue,
} from '@binaan/domain';
import { followUpLogged, inmateEnrolled, inmateReleased, moduleCompleted } from '../fixtures/event-fixtures';
import { fixtureToday, localDate } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';
import { completeModule, logFollowUp } from '../fixtures/command-fixtures';

const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });
const fold = (events: readonly ParticipantEvent[]): ParticipantState => foldParticipant(decider, events);
const graduatedOn = (state: ParticipantState) => (state.status === 'enrolled' ? state.graduatedOn : undefined);

const allButFinance = [
  inmateEnrolled(),
  moduleCompleted('sulam-dasar', 'competent', '2019-04-01'),
  moduleCompleted('sulam-lanjutan', 'competent', '2019-06-01'),
  moduleCompleted('pengembangan-usaha', 'competent', '2019-05-01'),
  moduleCompleted('pemasaran-penjualan', 'competent', '2019-05-15'),
];

describe('graduation: every required module assessed competent (derived by evolve, no event of its own)', () => {
  it('is not reached while one required module is missing', () => {
    expect(hasGraduated(fold(allButFinance))).toBe(false);
    expect(competentModuleIds(fold(allButFinance))).toHaveLength(4);
  });

  it('is not reached while one required module is not yet competent', () => {
    const notYet = moduleCompleted('pendanaan-usaha', 'not_yet_competent', '2019-07-01');
    expect(hasGraduated(fold([...allButFinance, notYet]))).toBe(false);
  });

  it('is reached when the last required module is competent, dated by the latest competent assessment', () => {
    const state = fold([
      ...allButFinance,
      moduleCompleted('pendanaan-usaha', 'not_yet_competent', '2019-05-20'),
      moduleCompleted('pendanaan-usaha', 'competent', '2019-05-30'),
    ]);
    expect(hasGraduated(state)).toBe(true);
    expect(graduatedOn(state)).toBe('2019-06-01');
  });

  it('emits only the ModuleCompleted event when graduation happens', () => {
    given(allButFinance)
      .when(completeModule('pendanaan-usaha', 'competent', '2019-07-01'))
      .then([moduleCompleted('pendanaan-usaha', 'competent', '2019-07-01')]);
  });

  it('ignores events that cannot apply instead of failing', () => {
    const stray = moduleCompleted('sulam-dasar', 'competent', '2019-04-01');
    expect(fold([stray])).toEqual({ status: 'not_enrolled' });
    expect(fold([inmateEnrolled(), inmateEnrolled()])).toEqual(fold([inmateEnrolled()]));
  });

  it('keeps modules, release and contacts when a second enrolment is folded after them', () => {
    const history = [
      inmateEnrolled(),
      moduleCompleted('sulam-dasar', 'competent', '2019-04-01'),
      inmateReleased(),
      followUpLogged(localDate('2019-09-01'), logFollowUp('2019-10-01')),
    ];
    expect(fold([...history, inmateEnrolled()])).toEqual(fold(history));
  });
});
