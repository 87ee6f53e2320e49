import { get, sendCommand } from '../lib/api.js';
import { currentSession } from '../lib/auth.js';
import { facilityName, loadCatalogue, moduleTitle, programmeOf, programmeTitle } from '../lib/catalogue.js';
import { today } from '../lib/dates.js';
import { date, h, show, t } from '../lib/dom.js';
import { clearProblems, field, formAlert, showProblem } from '../lib/forms.js';
import { translate } from '../lib/i18n.js';
import { newUuid } from '../lib/ids.js';
import { problemOrThrow } from '../lib/problems.js';

const inScope = (list, id) => list === 'all' || list.includes(id);

/** The assessor's home: the cohorts of the programmes her training institute delivers. */
export const showCohortPicker = async () => {
  const catalogue = await loadCatalogue();
  const scope = currentSession()?.account?.scope ?? { facilities: 'all', programmes: 'all' };
  const programmeIds = [...new Set(catalogue.programmes.map((programme) => programme.id))].filter((id) => inScope(scope.programmes, id));
  const sections = await Promise.all(
    programmeIds.map(async (programmeId) => {
      const { groups } = await get(`/outcomes?programme=${encodeURIComponent(programmeId)}`);
      const cohorts = new Map();
      for (const group of groups.filter((candidate) => inScope(scope.facilities, candidate.facilityId))) {
        cohorts.set(group.cohort, [...(cohorts.get(group.cohort) ?? []), group]);
      }
      const newestFirst = [...cohorts.entries()].sort(([a], [b]) => b.localeCompare(a));
      return h(
        'section',
        { class: 'card', 'aria-labelledby': `programme-${programmeId}` },
        h('h2', { id: `programme-${programmeId}` }, programmeTitle(catalogue, programmeId)),
        newestFirst.length === 0
          ? h('p', { i18n: 'noCohorts' })
          : h('ul', { class: 'plain cohorts' }, ...newestFirst.map(([cohort, groups]) =>
              h('li', {}, h('a', { href: `#/cohorts/${programmeId}/${cohort}` }, t('cohortOf', { cohort })), ' · ', groups.map((group) => facilityName(catalogue, group.facilityId)).join(', ')),
            )),
      );
    }),
  );
  show(h('h1', { i18n: 'homeAssessor' }), h('p', { class: 'hint', i18n: 'assessorHint' }), ...sections);
};

const cohortParticipants = async (programme, cohort) => (await get(`/participants?programme=${encodeURIComponent(programme)}&cohort=${encodeURIComponent(cohort)}`)).items;

/** One cohort: its people, and each module of the curriculum with its prerequisites. */
export const showCohort = async ({ programme: programmeId, cohort }) => {
  const [catalogue, participants] = await Promise.all([loadCatalogue(), cohortParticipants(programmeId, cohort)]);
  const programme = programmeOf(catalogue, programmeId, participants[0]?.curriculumVersion);
  show(
    h('h1', {}, t('cohortTitle', { programme: programme?.title ?? programmeId, cohort })),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'modules-title' },
      h('h2', { id: 'modules-title', i18n: 'modulesTitle' }),
      h('ul', { class: 'plain modules' }, ...(programme?.modules ?? []).map((module) =>
        h('li', {},
          h('a', { href: `#/cohorts/${programmeId}/${cohort}/${module.id}`, class: 'button' }, module.title),
          ' ',
          module.prerequisites.length === 0 ? t('noPrerequisites') : h('span', {}, t('prerequisites'), ' ', module.prerequisites.map((id) => moduleTitle(programme, id)).join(', ')),
          module.required ? null : h('span', { class: 'muted' }, ' · ', t('optionalModule')),
        ),
      )),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'people-title' },
      h('h2', { id: 'people-title', i18n: 'participantsTitle', i18nParams: { count: participants.length } }),
      h('ul', { class: 'plain' }, ...participants.map((participant) =>
        h('li', {}, h('a', { href: `#/participants/${participant.participantId}` }, participant.personalData.fullName), ' · ', t(`stage.${participant.status}`), ' · ',
          t('competentCount', { competent: participant.modules.competentCount, assessed: participant.modules.assessedCount })),
      )),
    ),
  );
};

const currentResult = (participant, moduleId) => {
  const competentOn = participant.modules.competent[moduleId];
  if (competentOn !== undefined) return h('span', { class: 'result competent' }, t('result.competent'), ' ', date(competentOn));
  if (participant.modules.assessed.includes(moduleId)) return h('span', { class: 'result not-yet' }, t('result.not_yet_competent'));
  return h('span', { class: 'muted', i18n: 'notAssessed' });
};

/** The assessment grid of one module: every participant of the cohort, kompeten / belum kompeten, one date. */
export const showAssessmentGrid = async ({ programme: programmeId, cohort, module: moduleId }) => {
  const [catalogue, all] = await Promise.all([loadCatalogue(), cohortParticipants(programmeId, cohort)]);
  const participants = all.filter((participant) => ['in_training', 'graduated'].includes(participant.status));
  const programme = programmeOf(catalogue, programmeId, participants[0]?.curriculumVersion);
  const module = programme?.modules.find((candidate) => candidate.id === moduleId);
  const prerequisites = module?.prerequisites ?? [];
  const rows = participants.map((participant) => {
    const missing = prerequisites.filter((id) => participant.modules.competent[id] === undefined);
    const name = participant.personalData.fullName;
    const status = h('p', { class: 'row-status', role: 'status' });
    const choice = field({ name: `result-${participant.participantId}`, label: 'resultFor', labelParams: { name }, kind: 'radio', options: ['competent', 'not_yet_competent'], optionsKey: 'result' });
    choice.querySelector('legend').classList.add('visually-hidden');
    // A module already competent is not assessed again (the record would refuse it).
    if (participant.modules.competent[moduleId] !== undefined) choice.hidden = true;
    const row = h(
      'tr',
      { 'data-participant': participant.participantId },
      h('th', { scope: 'row' }, h('a', { href: `#/participants/${participant.participantId}` }, name), h('br'), h('span', { class: 'muted' }, participant.personalData.registrationNumber)),
      h('td', {}, missing.length === 0 ? h('span', { class: 'ok', i18n: prerequisites.length === 0 ? 'noPrerequisites' : 'prerequisitesMet' }) : h('span', { class: 'missing' }, t('prerequisitesMissing'), ' ', missing.map((id) => moduleTitle(programme, id)).join(', '))),
      h('td', {}, currentResult(participant, moduleId)),
      h('td', {}, choice, status),
    );
    return { participant, row, choice, status };
  });
  const alert = formAlert();
  const dateField = field({ name: 'assessedOn', label: 'assessedOn', kind: 'date', required: true, value: today() });
  const submit = h('button', { type: 'submit', class: 'primary', i18n: 'saveAssessments' });
  const form = h(
    'form',
    { class: 'card grid', novalidate: true, 'aria-labelledby': 'grid-title' },
    h('h1', { id: 'grid-title' }, module?.title ?? moduleId),
    h('p', { class: 'hint' }, t('cohortOf', { cohort }), ' · ', prerequisites.length === 0 ? t('noPrerequisites') : h('span', {}, t('prerequisites'), ' ', prerequisites.map((id) => moduleTitle(programme, id)).join(', '))),
    alert,
    dateField,
    h('div', { class: 'table-wrap' },
      h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'gridCaption' }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', i18n: 'participant' }), h('th', { scope: 'col', i18n: 'prerequisitesColumn' }), h('th', { scope: 'col', i18n: 'currentResult' }), h('th', { scope: 'col', i18n: 'newResult' }))),
        h('tbody', {}, ...rows.map(({ row }) => row)),
      ),
    ),
    h('div', { class: 'form-actions' }, submit),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const assessedOn = form.querySelector('[name="assessedOn"]').value;
    const chosen = rows.filter(({ choice }) => !choice.hidden && choice.querySelector('input:checked:not(:disabled)') !== null);
    if (chosen.length === 0) {
      showProblem(form, { code: 'NOTHING_CHOSEN', detail: '', errors: [] });
      return;
    }
    submit.disabled = true;
    let failures = 0;
    for (const { participant, choice, status } of chosen) {
      const result = choice.querySelector('input:checked').value;
      try {
        await sendCommand(`/participants/${participant.participantId}/modules/${moduleId}/assessments`, { result, assessedOn: assessedOn === '' ? undefined : assessedOn }, newUuid());
        for (const input of choice.querySelectorAll('input')) input.disabled = true;
        status.className = 'row-status saved';
        status.textContent = translate('saved');
      } catch (error) {
        failures += 1;
        const problem = problemOrThrow(error);
        const dateIssue = problem.errors.find((issue) => issue.path === 'assessedOn');
        if (dateIssue !== undefined) {
          showProblem(form, problem);
          break;
        }
        status.className = 'row-status field-error';
        status.textContent = problem.errors.length > 0 ? problem.errors.map((issue) => issue.rule).join(' · ') : translate(`problem.${problem.code}`) === `problem.${problem.code}` ? problem.detail : translate(`problem.${problem.code}`);
        for (const input of choice.querySelectorAll('input')) input.setAttribute('aria-invalid', 'true');
      }
    }
    submit.disabled = false;
    if (failures === 0) alert.hidden = true;
  });
  show(h('p', { class: 'breadcrumb' }, h('a', { href: `#/cohorts/${programmeId}/${cohort}` }, t('cohortTitle', { programme: programme?.title ?? programmeId, cohort }))), form);
};
