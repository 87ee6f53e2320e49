import { registrationClasses, type RegistrationClass } from '@binaan/domain';

/**
 * Who counts towards coverage, on both sides of the ratio: `all` (the default) counts every person
 * held and every participant; a list of registration classes counts only those (e.g. the convicted,
 * `B.*`, where the programme is open to them alone). A count that gives no breakdown by class cannot
 * say how many of a list were held, so under a list only counts with a breakdown are used.
 */
export type CoverageEligibility = 'all' | readonly RegistrationClass[];

/**
 * Reads the setting from text: `all`, or classes and class prefixes separated by commas (`B.*` is
 * every class starting `B.`; `B.I,B.IIa` names two). A problem names a part that matches no class.
 */
export const parseCoverageEligibility = (text: string): { readonly eligibility: CoverageEligibility } | { readonly problem: string } => {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'all') return { eligibility: 'all' };
  const chosen = new Set<RegistrationClass>();
  for (const part of trimmed.split(',').map((piece) => piece.trim())) {
    const matches = part.endsWith('*')
      ? registrationClasses.filter((candidate) => candidate.startsWith(part.slice(0, -1)))
      : registrationClasses.filter((candidate) => candidate === part);
    if (matches.length === 0) return { problem: `"${part}" names no registration class (known: ${registrationClasses.join(', ')})` };
    matches.forEach((match) => chosen.add(match));
  }
  return { eligibility: registrationClasses.filter((candidate) => chosen.has(candidate)) };
};

export const isEligibleClass = (eligibility: CoverageEligibility, registrationClass: string | null): boolean =>
  eligibility === 'all' || (registrationClass !== null && (eligibility as readonly string[]).includes(registrationClass));

/** How many eligible people a count held: its total, or under a list the sum of the listed classes; null when it cannot say. */
export const eligibleHeld = (
  eligibility: CoverageEligibility,
  total: number,
  countsByClass: Readonly<Partial<Record<string, number>>> | null,
): number | null => {
  if (eligibility === 'all') return total;
  if (countsByClass === null) return null;
  return eligibility.reduce((sum, registrationClass) => sum + (countsByClass[registrationClass] ?? 0), 0);
};
