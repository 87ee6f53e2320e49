import { get } from '../lib/api.js';
import { currentSession } from '../lib/auth.js';
import { date, h, link, show, t } from '../lib/dom.js';
import { field, formAlert, formBody, showProblem, clearProblems } from '../lib/forms.js';
import { problemOrThrow } from '../lib/problems.js';
import { navigate } from '../lib/router.js';
import { showCohortPicker } from './cohort.js';
import { showWorklist } from './worklist.js';

/** A registrar looks her up by the register entry she holds in her hand (within her own units). */
export const participantSearch = () => {
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', role: 'search', novalidate: true, 'aria-labelledby': 'search-title' },
    h('h2', { id: 'search-title', i18n: 'searchTitle' }),
    formAlert(),
    h('div', { class: 'row' },
      field({ name: 'registrationNumber', label: 'registrationNumber', hint: 'searchHint', required: true, maxlength: 64 }),
      h('button', { type: 'submit', class: 'primary', i18n: 'search' }),
    ),
    results,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const { registrationNumber = '' } = formBody(form);
    try {
      const { items } = await get(`/participants?registrationNumber=${encodeURIComponent(registrationNumber)}`);
      results.replaceChildren(
        items.length === 0
          ? h('p', { i18n: 'searchNothing' })
          : h('ul', { class: 'plain' }, ...items.map((item) =>
              h('li', {}, h('a', { href: `#/participants/${item.participantId}` }, item.personalData.fullName), ' · ', item.personalData.registrationNumber, ' · ', t(`stage.${item.status}`)),
            )),
      );
    } catch (error) {
      showProblem(form, problemOrThrow(error));
    }
  });
  return form;
};

const registrarHome = () =>
  show(
    h('h1', { i18n: 'homeRegistrar' }),
    h('nav', { class: 'actions', 'aria-label': 'Menu' }, link('#/enrol', 'enrolNew', undefined, { class: 'button primary' })),
    participantSearch(),
  );

/** The auditor opens a participant from the latest entries of the record, or by her id. */
const auditorHome = async () => {
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'open-title' },
    h('h2', { id: 'open-title', i18n: 'openParticipant' }),
    formAlert(),
    h('div', { class: 'row' }, field({ name: 'participantId', label: 'participantId', required: true }), h('button', { type: 'submit', class: 'primary', i18n: 'open' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { participantId = '' } = formBody(form);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(participantId.trim())) {
      showProblem(form, { code: 'VALIDATION_FAILED', detail: '', errors: [{ path: 'participantId', rule: 'must be a lower-case UUID' }] });
      return;
    }
    navigate(`/participants/${participantId.trim()}`);
  });
  const list = h('ol', { class: 'plain entries' });
  show(h('h1', { i18n: 'homeAuditor' }), form, h('section', { class: 'card', 'aria-labelledby': 'latest-title' }, h('h2', { id: 'latest-title', i18n: 'latestEntries' }), list));
  const { items } = await get('/audit/events?type=InmateEnrolled&limit=20');
  list.replaceChildren(
    ...items.map((item) => {
      const participantId = item.streamName.replace(/^participant-/, '');
      return h('li', {}, date(item.businessDate), ' · ', h('a', { href: `#/participants/${participantId}` }, t(`event.${item.eventType}`)), ' · ', h('code', {}, participantId.slice(0, 8)));
    }),
  );
};

const viewerHome = () => show(h('h1', { i18n: 'homeViewer' }), h('p', {}, h('a', { href: '/', i18n: 'openDashboard' })));

export const showHome = async () => {
  const role = currentSession()?.account?.role;
  if (role === 'registrar' || role === 'admin') return registrarHome();
  if (role === 'assessor') return showCohortPicker();
  if (role === 'caseworker') return showWorklist();
  if (role === 'auditor') return auditorHome();
  return viewerHome();
};
