import { addDays, type LocalDate } from '@binaan/domain';
import { DEMO_MODULES, type DemoModuleId } from '../demo-defaults';
import type { SeededRandom } from '../random/seeded-random';
import { assessor } from './demo-actors';
import type { UntimedCommand } from './planned-command';

/** Chance that a first assessment says "belum kompeten"; sulam-lanjutan is the hardest. */
const FIRST_ATTEMPT_FAILS: Readonly<Record<DemoModuleId, number>> = {
  'sulam-dasar': 0.15,
  'sulam-lanjutan': 0.2,
  'pengembangan-usaha': 0.1,
  'pemasaran-penjualan': 0.1,
  'pendanaan-usaha': 0.08,
};
const REASSESSMENT_PASSES = 0.8;
const MAX_ATTEMPTS = 3;
const DROP_OUT_CHANCE = 0.12;
/** After release, training goes on outside only for some. */
const CONTINUES_AFTER_RELEASE = 0.5;

export interface TrainingPlan {
  readonly commands: readonly UntimedCommand[];
  readonly graduated: boolean;
}

interface TrainingContext {
  readonly random: SeededRandom;
  readonly participantId: string;
  readonly enrolledOn: LocalDate;
  readonly releasedOn: LocalDate | null;
  readonly lastDate: LocalDate;
}

const assessment = (context: TrainingContext, moduleId: DemoModuleId, assessedOn: LocalDate, competent: boolean): UntimedCommand => ({
  businessDate: assessedOn,
  actor: assessor(context.random),
  input: {
    type: 'CompleteModule',
    participantId: context.participantId,
    moduleId,
    result: competent ? 'competent' : 'not_yet_competent',
    assessedOn,
  },
});

/** The modules in order, with failures, reassessments and drop-outs; stops at the last date. */
export const planTraining = (context: TrainingContext): TrainingPlan => {
  const { random } = context;
  const dropsOutAfter = random.chance(DROP_OUT_CHANCE) ? random.integer(0, DEMO_MODULES.length - 1) : DEMO_MODULES.length;
  const continuesAfterRelease = random.chance(CONTINUES_AFTER_RELEASE);
  const commands: UntimedCommand[] = [];
  let date = addDays(context.enrolledOn, random.integer(28, 45));
  for (const [index, moduleId] of DEMO_MODULES.entries()) {
    if (index >= dropsOutAfter) return { commands, graduated: false };
    let competent = false;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && !competent; attempt += 1) {
      const releasedBefore = context.releasedOn !== null && date > context.releasedOn;
      if (date > context.lastDate || (releasedBefore && !continuesAfterRelease)) return { commands, graduated: false };
      competent = random.chance(attempt === 1 ? 1 - FIRST_ATTEMPT_FAILS[moduleId] : REASSESSMENT_PASSES);
      commands.push(assessment(context, moduleId, date, competent));
      date = addDays(date, competent ? random.integer(21, 35) : random.integer(14, 30));
    }
    if (!competent) return { commands, graduated: false };
  }
  return { commands, graduated: true };
};
