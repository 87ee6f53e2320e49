import type { PeopleFigureName } from '@binaan/projections';

/** The participant ids in a figure's numerator and denominator, as of the read model's reference date. */
export interface OutcomeMembersView {
  readonly figure: PeopleFigureName;
  readonly asOfDate: string;
  readonly numerator: { readonly count: number; readonly participantIds: readonly string[] };
  readonly denominator: { readonly count: number; readonly participantIds: readonly string[] };
}

export const outcomeMembersView = (
  figure: PeopleFigureName,
  asOfDate: string,
  members: { readonly numerator: readonly string[]; readonly denominator: readonly string[] },
): OutcomeMembersView => ({
  figure,
  asOfDate,
  numerator: { count: members.numerator.length, participantIds: members.numerator },
  denominator: { count: members.denominator.length, participantIds: members.denominator },
});
