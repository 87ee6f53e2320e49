import type { LocalDate } from '@binaan/domain';

export type DemoRole = 'registrar' | 'assessor' | 'caseworker' | 'admin';

/** One command of the demo, as planned: raw input (decoded like any other before it is issued). */
export interface PlannedCommand {
  readonly participantIndex: number;
  /** Order within the participant's history: commands of one participant are issued in this order. */
  readonly sequence: number;
  readonly businessDate: LocalDate;
  readonly recordedAt: Date;
  readonly actor: { readonly id: string; readonly role: DemoRole };
  readonly input: { readonly type: string } & Readonly<Record<string, unknown>>;
}

/**
 * A command before its recording time is settled. A void names the entry it voids by its place in
 * the participant's commands (`voids`): the event id follows once the commands are numbered.
 */
export type UntimedCommand = Omit<PlannedCommand, 'recordedAt' | 'sequence' | 'participantIndex'> & { readonly voids?: number };
