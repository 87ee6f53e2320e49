import { currentSession } from '../lib/auth.js';
import { loadCatalogue } from '../lib/catalogue.js';
import { commandForm } from '../lib/command-form.js';
import { today } from '../lib/dates.js';
import { h, show } from '../lib/dom.js';
import { field } from '../lib/forms.js';
import { expectAfterWrite } from '../lib/read-after-write.js';
import { rememberEntries } from '../lib/recent-entries.js';

const registrationClasses = ['A.I', 'A.II', 'A.III', 'A.IV', 'A.V', 'B.I', 'B.IIa', 'B.IIb', 'B.III'];

const inScope = (list, id) => list === 'all' || list.includes(id);

const accepted = (reply) =>
  h(
    'section',
    { class: 'card success', 'aria-labelledby': 'enrolled-title' },
    h('h1', { id: 'enrolled-title', i18n: 'enrolled' }),
    ...(reply.warnings ?? []).map((warning) =>
      h('div', { class: 'warning', role: 'status', 'data-warning': warning.path }, h('p', {}, h('strong', { i18n: `warning.${warning.path}` })), h('p', { class: 'hint' }, warning.rule)),
    ),
    h('p', { class: 'actions' },
      h('a', { class: 'button primary', href: `#/participants/${reply.participantId}`, i18n: 'openParticipantPage' }),
      h('a', { class: 'button', href: '#/enrol', i18n: 'enrolAnother' }),
    ),
  );

export const showEnrol = async () => {
  const catalogue = await loadCatalogue();
  const scope = currentSession()?.account?.scope ?? { facilities: 'all', programmes: 'all' };
  const facilities = catalogue.facilities.filter((facility) => inScope(scope.facilities, facility.id));
  const programmes = catalogue.programmes.filter((programme) => inScope(scope.programmes, programme.id));
  const programmeOptions = [...new Map(programmes.map((programme) => [programme.id, { value: programme.id, text: programme.title }])).values()];
  const now = today();
  const form = commandForm({
    titleKey: 'enrolTitle',
    hintKey: 'enrolHint',
    submitKey: 'enrolSubmit',
    path: '/participants',
    fields: [
      h('fieldset', { class: 'group' }, h('legend', { i18n: 'personSection' }),
        field({ name: 'personalData.fullName', label: 'fullName', required: true, maxlength: 200 }),
        field({ name: 'personalData.registrationNumber', label: 'registrationNumber', hint: 'registrationNumberHint', required: true, maxlength: 64 }),
        field({ name: 'registrationClass', label: 'registrationClass', kind: 'select', options: registrationClasses.map((value) => ({ value, text: value })), required: true }),
        field({ name: 'personalData.nik', label: 'nik', hint: 'nikHint', inputmode: 'numeric', maxlength: 16 }),
        field({ name: 'personalData.birthDate', label: 'birthDate', kind: 'date' }),
        field({ name: 'homeRegency', label: 'homeRegency', kind: 'select', options: catalogue.regencies.map((regency) => ({ value: regency.code, text: regency.name })) }),
      ),
      h('fieldset', { class: 'group' }, h('legend', { i18n: 'programmeSection' }),
        field({ name: 'programmeId', label: 'programme', kind: 'select', options: programmeOptions, required: true, value: programmeOptions.length === 1 ? programmeOptions[0].value : undefined }),
        field({ name: 'facilityId', label: 'facility', kind: 'select', options: facilities.map((facility) => ({ value: facility.id, text: facility.name })), required: true, value: facilities.length === 1 ? facilities[0].id : undefined }),
        field({ name: 'enrolledOn', label: 'enrolledOn', kind: 'date', required: true, value: now }),
        field({ name: 'consent.given', label: 'consentGiven', kind: 'boolean', required: true }),
        field({ name: 'consent.recordedOn', label: 'consentRecordedOn', kind: 'date', required: true, value: now }),
      ),
    ],
    onAccepted: (reply) => {
      rememberEntries(reply.participantId, reply);
      expectAfterWrite((after) => after.participantId === reply.participantId);
      show(accepted(reply));
    },
  });
  show(form);
};
