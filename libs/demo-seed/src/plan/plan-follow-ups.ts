import { addDays, daysBetween, milestoneWindow, type LocalDate } from '@binaan/domain';
import type { SeededRandom } from '../random/seeded-random';
import { caseworker } from './demo-actors';
import { FOLLOW_UP_NOTES } from './follow-up-notes';
import { employmentReport, nextEmploymentStatus, type EmploymentStatusPlan } from './plan-employment';
import type { UntimedCommand } from './planned-command';

const MILESTONES = ['M1', 'M3', 'M6', 'M12'] as const;
const SUPPORT_CODES = ['capital', 'equipment', 'training', 'market_access', 'documents', 'housing', 'health', 'other'] as const;
const NOT_REACHED_REASONS = ['no_answer', 'wrong_contact', 'moved', 'refused_by_family', 'other'] as const;

const ATTEMPT_CHANCE = 0.85;
const ATTEMPT_CHANCE_AFTER_DECLINE = 0.4;
const RETRY_AFTER_NOT_REACHED = 0.5;
const CONTACT_BETWEEN_WINDOWS = 0.06;
const NOTES_CHANCE = 0.25;

type Outcome = 'reached' | 'not_reached' | 'declined';

interface FollowUpContext {
  readonly random: SeededRandom;
  readonly participantId: string;
  readonly releasedOn: LocalDate;
  readonly graduated: boolean;
  readonly lastDate: LocalDate;
}

const someCodes = (random: SeededRandom): readonly string[] =>
  [...new Set(Array.from({ length: random.integer(0, 2) }, () => random.pick(SUPPORT_CODES)))].sort();

const contact = (context: FollowUpContext, contactedOn: LocalDate, outcome: Outcome, status: EmploymentStatusPlan | null): UntimedCommand => {
  const { random } = context;
  const needs = outcome === 'reached' ? someCodes(random) : [];
  const referrals = needs.filter(() => random.chance(0.5));
  return {
    businessDate: contactedOn,
    actor: caseworker(random),
    input: {
      type: 'LogFollowUp',
      participantId: context.participantId,
      contactedOn,
      channel: random.weighted([
        ['phone', 50],
        ['visit', 30],
        ['message', 15],
        ['other', 5],
      ]),
      outcome,
      needs,
      referrals,
      ...(outcome === 'not_reached' ? { notReachedReason: random.pick(NOT_REACHED_REASONS) } : {}),
      ...(outcome === 'reached' && status !== null ? { employment: employmentReport(random, status) } : {}),
      ...(random.chance(NOTES_CHANCE) ? { personalData: { notes: random.pick(FOLLOW_UP_NOTES) } } : {}),
    },
  };
};

const dateWithin = (random: SeededRandom, from: LocalDate, to: LocalDate): LocalDate =>
  addDays(from, random.integer(0, Math.max(daysBetween(from, to), 0)));

/**
 * Contacts at M1, M3, M6 and M12 that were due by the last date: reached, not reached (with a retry
 * sometimes), declined; now and then a contact between windows, which counts for no milestone.
 */
export const planFollowUps = (context: FollowUpContext): readonly UntimedCommand[] => {
  const { random } = context;
  const commands: UntimedCommand[] = [];
  let status: EmploymentStatusPlan | null = null;
  let declined = false;
  for (const milestone of MILESTONES) {
    const window = milestoneWindow(context.releasedOn, milestone);
    if (window.opensOn > context.lastDate) break;
    const closesOn = window.closesOn < context.lastDate ? window.closesOn : context.lastDate;
    if (random.chance(declined ? ATTEMPT_CHANCE_AFTER_DECLINE : ATTEMPT_CHANCE)) {
      const contactedOn = dateWithin(random, window.opensOn, closesOn);
      const outcome = random.weighted<Outcome>([
        ['reached', 62],
        ['not_reached', 26],
        ['declined', 12],
      ]);
      status = outcome === 'reached' ? nextEmploymentStatus(random, status, context.graduated) : status;
      commands.push(contact(context, contactedOn, outcome, status));
      declined = outcome === 'declined';
      const retryOn = addDays(contactedOn, random.integer(3, 10));
      if (outcome === 'not_reached' && retryOn <= closesOn && random.chance(RETRY_AFTER_NOT_REACHED)) {
        status = nextEmploymentStatus(random, status, context.graduated);
        commands.push(contact(context, retryOn, 'reached', status));
      }
    }
    const betweenWindows = addDays(window.closesOn, random.integer(5, 12));
    if (milestone === 'M1' && betweenWindows <= context.lastDate && random.chance(CONTACT_BETWEEN_WINDOWS)) {
      commands.push(contact(context, betweenWindows, 'reached', nextEmploymentStatus(random, status, context.graduated)));
    }
  }
  return commands;
};
