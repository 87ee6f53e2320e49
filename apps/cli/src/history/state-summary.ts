import { competentModuleIds, type ParticipantState } from '@binaan/domain';

/** One line a reader can take in at a glance: stage, competent modules, release, contacts. */
export const summariseState = (state: ParticipantState): string => {
  if (state.status !== 'enrolled') return 'not enrolled';
  const parts = [`${competentModuleIds(state).length} module(s) competent`];
  if (state.graduatedOn !== null) parts.push(`graduated ${state.graduatedOn}`);
  if (state.release !== null) parts.push(`released ${state.release.releasedOn} (${state.release.releaseType})`);
  if (state.followUps.length > 0) {
    const reached = state.followUps.filter((contact) => contact.outcome === 'reached').length;
    parts.push(`${state.followUps.length} contact(s), ${reached} reached`);
  }
  return parts.join('; ');
};
