import { get } from '../lib/api.js';
import { currentSession } from '../lib/auth.js';
import { facilityName, loadCatalogue, moduleTitle, programmeOf, programmeTitle } from '../lib/catalogue.js';
import { date, h, show, t } from '../lib/dom.js';
import { problemOrThrow } from '../lib/problems.js';
import { getAfterWrite } from '../lib/read-after-write.js';
import { recentEntries } from '../lib/recent-entries.js';

const milestoneOrder = ['M1', 'M3', 'M6', 'M12'];

/** Her history in plain words, from what her status row says (for staff who may not read the audit trail). */
const timelineFromStatus = (participant, catalogue) => {
  const programme = programmeOf(catalogue, participant.programmeId, participant.curriculumVersion);
  const entries = [
    { on: participant.enrolledOn, node: t('timeline.enrolled', { programme: programmeTitle(catalogue, participant.programmeId), facility: facilityName(catalogue, participant.facilityId) }) },
    ...Object.entries(participant.modules.competent).map(([moduleId, on]) => ({ on, node: t('timeline.competent', { module: moduleTitle(programme, moduleId) }) })),
    ...participant.modules.assessed
      .filter((moduleId) => participant.modules.competent[moduleId] === undefined)
      .map((moduleId) => ({ on: null, node: t('timeline.notYetCompetent', { module: moduleTitle(programme, moduleId) }) })),
    participant.graduatedOn === null ? null : { on: participant.graduatedOn, node: t('timeline.graduated') },
    participant.lifecycle.transfers === 0 ? null : { on: null, node: t('timeline.transferred', { count: participant.lifecycle.transfers, facility: facilityName(catalogue, participant.lifecycle.currentFacilityId) }) },
    participant.lifecycle.exitedOn === null ? null : { on: participant.lifecycle.exitedOn, node: h('span', {}, t('timeline.exited'), ' ', t(`exitReason.${participant.lifecycle.exitReason}`)) },
    participant.releasedOn === null ? null : { on: participant.releasedOn, node: h('span', {}, t('timeline.released'), ' ', t(`releaseType.${participant.releaseType}`)) },
    ...milestoneOrder.flatMap((milestone) => {
      const { attempts, reachedOn } = participant.followUps.milestones[milestone];
      if (reachedOn !== null) return [{ on: reachedOn, node: t('timeline.reached', { milestone: milestone.slice(1) }) }];
      return attempts > 0 ? [{ on: null, node: t('timeline.attempted', { milestone: milestone.slice(1), count: attempts }) }] : [];
    }),
    participant.lifecycle.returnedToCustodyOn === null ? null : { on: participant.lifecycle.returnedToCustodyOn, node: t('timeline.returned') },
    participant.lifecycle.consentWithdrawnOn === null ? null : { on: participant.lifecycle.consentWithdrawnOn, node: t('timeline.consentWithdrawn') },
  ].filter((entry) => entry !== null);
  const dated = entries.filter((entry) => entry.on !== null).sort((a, b) => a.on.localeCompare(b.on));
  return [...dated, ...entries.filter((entry) => entry.on === null)];
};

/** Her history as the audit trail records it: every entry, who recorded it, and what was voided. */
const timelineFromHistory = (history) =>
  history.events.map((entry) => ({
    on: entry.businessDate ?? entry.recordedAt?.slice(0, 10) ?? null,
    voided: entry.voidedBy !== null,
    node: h(
      'span',
      {},
      t(`event.${entry.eventType}`),
      entry.voids === null ? null : h('span', {}, ' (', t(`event.${entry.voids.eventType}`), ' · ', t(`voidReason.${entry.voids.reason}`), ')'),
      entry.actor === null ? null : h('span', { class: 'muted' }, ' · ', t(`role.${entry.actor.role}`)),
      entry.voidedBy === null ? null : h('strong', { class: 'voided-tag' }, ' · ', t('voidedTag')),
    ),
  }));

const timelineList = (entries) =>
  h(
    'ol',
    { class: 'timeline' },
    ...entries.map((entry) => h('li', { class: entry.voided ? 'voided' : undefined }, h('span', { class: 'when' }, entry.on === null ? '' : date(entry.on)), h('span', { class: 'what' }, entry.node))),
  );

const dueNext = (participant, due, catalogue) => {
  const item = due?.items?.find((candidate) => candidate.participantId === participant.participantId);
  if (item !== undefined) {
    return h('p', { class: `due ${item.state}` }, t(`followUpState.${item.state}`), ' · ', t('milestoneMonth', { n: item.milestone.slice(1) }), ' · ', t('dueOn'), ' ', date(item.dueOn), ' (', date(item.windowOpensOn), ' – ', date(item.windowClosesOn), ')');
  }
  if (participant.status === 'in_training') {
    const programme = programmeOf(catalogue, participant.programmeId, participant.curriculumVersion);
    const left = (programme?.modules ?? []).filter((module) => module.required && participant.modules.competent[module.id] === undefined);
    return left.length === 0 ? h('p', { i18n: 'nothingDue' }) : h('p', {}, t('modulesLeft'), ' ', left.map((module) => module.title).join(', '));
  }
  return h('p', { i18n: participant.status === 'released' ? 'noFollowUpDueNow' : 'nothingDue' });
};

const actionsFor = (role, participant) => {
  const id = participant.participantId;
  const links = [];
  const open = ['in_training', 'graduated'].includes(participant.status);
  if ((role === 'registrar' || role === 'admin') && open) {
    links.push(['release', 'actionRelease'], ['transfer', 'actionTransfer'], ['exit', 'actionExit']);
  }
  if (['registrar', 'assessor', 'caseworker', 'admin'].includes(role) && recentEntries(id).length > 0) links.push(['void', 'actionVoid']);
  const items = links.map(([action, key]) => h('a', { class: 'button', href: `#/participants/${id}/${action}`, i18n: key }));
  if ((role === 'caseworker' || role === 'admin') && participant.status === 'released') items.unshift(h('a', { class: 'button primary', href: `#/follow-ups/${id}`, i18n: 'logContact' }));
  if (role === 'assessor' && participant.status === 'in_training') items.push(h('a', { class: 'button', href: `#/cohorts/${participant.programmeId}/${participant.cohort}`, i18n: 'assessCohort' }));
  return items.length === 0 ? null : h('nav', { class: 'actions', 'data-i18n-label': 'actions', 'aria-label': 'Tindakan' }, ...items);
};

export const showParticipant = async ({ id }) => {
  const role = currentSession()?.account?.role;
  const catalogue = await loadCatalogue();
  let participant;
  try {
    participant = await getAfterWrite(`/participants/${id}`);
  } catch (error) {
    const problem = problemOrThrow(error);
    show(h('h1', { i18n: 'participantTitle' }), h('p', { class: 'error', role: 'alert' }, problem.code === 'PARTICIPANT_NOT_FOUND' ? t('participantNotFound') : problem.detail || problem.code));
    return;
  }
  const history = ['auditor', 'admin'].includes(role) ? await get(`/participants/${id}/history`) : undefined;
  const due = ['registrar', 'caseworker', 'auditor', 'admin'].includes(role) && participant.status === 'released'
    ? await get(`/follow-ups/due?participant=${encodeURIComponent(id)}`).catch(() => undefined)
    : undefined;
  const name = participant.personalData?.fullName;
  show(
    h('h1', {}, name ?? h('span', { i18n: 'participantTitle' })),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'status-title' },
      h('h2', { id: 'status-title', i18n: 'statusTitle' }),
      h(
        'dl',
        { class: 'facts' },
        participant.personalData ? [h('dt', { i18n: 'registrationNumber' }), h('dd', {}, participant.personalData.registrationNumber)] : null,
        h('dt', { i18n: 'status' }), h('dd', { 'data-status': participant.status }, t(`stage.${participant.status}`)),
        h('dt', { i18n: 'programme' }), h('dd', {}, programmeTitle(catalogue, participant.programmeId)),
        h('dt', { i18n: 'facility' }), h('dd', {}, facilityName(catalogue, participant.lifecycle.currentFacilityId ?? participant.facilityId)),
        h('dt', { i18n: 'cohort' }), h('dd', {}, participant.cohort),
        h('dt', { i18n: 'modulesCompetent' }), h('dd', {}, `${participant.modules.competentCount} / ${participant.modules.assessedCount}`),
      ),
      actionsFor(role, participant),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'next-title' }, h('h2', { id: 'next-title', i18n: 'dueNextTitle' }), dueNext(participant, due, catalogue)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'timeline-title' },
      h('h2', { id: 'timeline-title', i18n: 'timelineTitle' }),
      h('p', { class: 'hint', i18n: history === undefined ? 'timelineFromStatus' : 'timelineFromHistory' }),
      timelineList(history === undefined ? timelineFromStatus(participant, catalogue) : timelineFromHistory(history)),
    ),
  );
};
