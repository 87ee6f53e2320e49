import { get } from '../lib/api.js';
import { loadCatalogue } from '../lib/catalogue.js';
import { commandForm } from '../lib/command-form.js';
import { today } from '../lib/dates.js';
import { h, setFlash, show } from '../lib/dom.js';
import { field } from '../lib/forms.js';
import { rememberEntries, recentEntries } from '../lib/recent-entries.js';
import { expectAfterWrite } from '../lib/read-after-write.js';
import { navigate } from '../lib/router.js';
import { translate } from '../lib/i18n.js';

const releaseTypes = ['bebas_murni', 'pembebasan_bersyarat', 'cuti_bersyarat', 'cuti_menjelang_bebas', 'asimilasi', 'bebas_demi_hukum'];
const conditionalReleases = ['pembebasan_bersyarat', 'cuti_bersyarat', 'cuti_menjelang_bebas', 'asimilasi'];
const preferredChannels = ['phone', 'whatsapp', 'sms', 'visit', 'family'];
const exitReasons = ['transferred_out', 'withdrew', 'health', 'died', 'escaped', 'disciplinary', 'other'];
const voidReasons = ['data_entry_error', 'wrong_participant', 'duplicate_entry', 'other'];

/** Release, with how to reach her afterwards: what the case worker will need for follow-up. */
const releaseFields = (catalogue) => [
  field({ name: 'releaseType', label: 'releaseType', kind: 'select', options: releaseTypes, optionsKey: 'releaseType', required: true }),
  field({ name: 'releasedOn', label: 'releasedOn', kind: 'date', required: true, value: today() }),
  field({ name: 'supervisionEndsOn', label: 'supervisionEndsOn', hint: 'supervisionHint', kind: 'date', showWhen: { releaseType: conditionalReleases } }),
  field({ name: 'homeRegency', label: 'homeRegency', kind: 'select', options: catalogue.regencies.map((regency) => ({ value: regency.code, text: regency.name })) }),
  h(
    'fieldset',
    { class: 'group' },
    h('legend', { i18n: 'contactSection' }),
    h('p', { class: 'hint', i18n: 'contactHint' }),
    field({ name: 'personalData.phone', label: 'phone', kind: 'tel', inputmode: 'tel', autocomplete: 'off' }),
    field({ name: 'personalData.addressAfterRelease', label: 'addressAfterRelease', kind: 'textarea', maxlength: 500 }),
    field({ name: 'personalData.preferredChannel', label: 'preferredChannel', kind: 'radio', options: preferredChannels, optionsKey: 'preferredChannel' }),
    h(
      'fieldset',
      { class: 'group nested' },
      h('legend', { i18n: 'familyContact' }),
      field({ name: 'personalData.familyContact.name', label: 'familyName', maxlength: 200 }),
      field({ name: 'personalData.familyContact.relationship', label: 'relationship', maxlength: 60 }),
      field({ name: 'personalData.familyContact.phone', label: 'familyPhone', kind: 'tel', inputmode: 'tel' }),
    ),
  ),
];

const forms = {
  release: { titleKey: 'releaseTitle', submitKey: 'save', command: 'release', fields: releaseFields, seen: (after) => after.status === 'released' },
  transfer: {
    titleKey: 'transferTitle',
    submitKey: 'save',
    command: 'transfer',
    seen: (after, before) => after.lifecycle.transfers > before.lifecycle.transfers,
    fields: (catalogue, participant) => [
      field({ name: 'toFacilityId', label: 'toFacility', kind: 'select', required: true,
        options: catalogue.facilities.filter((facility) => facility.id !== (participant.lifecycle.currentFacilityId ?? participant.facilityId)).map((facility) => ({ value: facility.id, text: facility.name })) }),
      field({ name: 'transferredOn', label: 'transferredOn', kind: 'date', required: true, value: today() }),
    ],
  },
  exit: {
    titleKey: 'exitTitle',
    submitKey: 'save',
    command: 'exit',
    seen: (after) => after.status === 'exited',
    fields: () => [
      field({ name: 'reason', label: 'exitReasonLabel', kind: 'select', options: exitReasons, optionsKey: 'exitReason', required: true }),
      field({ name: 'exitedOn', label: 'exitedOn', kind: 'date', required: true, value: today() }),
      field({ name: 'personalData.note', label: 'note', hint: 'noteHint', kind: 'textarea', maxlength: 2000 }),
    ],
  },
  void: {
    titleKey: 'voidTitle',
    hintKey: 'voidHint',
    submitKey: 'voidSubmit',
    command: 'voids',
    seen: (after, before) => JSON.stringify(after) !== JSON.stringify(before),
    fields: (_catalogue, participant) => [
      field({ name: 'eventId', label: 'entryToVoid', kind: 'select', required: true,
        options: recentEntries(participant.participantId).map((entry) => ({ value: entry.eventId, text: `${translate(`event.${entry.type}`)} · ${entry.eventId.slice(0, 8)}` })) }),
      field({ name: 'reason', label: 'voidReasonLabel', kind: 'select', options: voidReasons, optionsKey: 'voidReason', required: true }),
      field({ name: 'personalData.note', label: 'note', hint: 'noteHint', kind: 'textarea', maxlength: 2000 }),
    ],
  },
};

/** Release, transfer, exit and void: each a form on its own screen, back to her page once recorded. */
export const showLifecycleForm = async ({ id, action }) => {
  const spec = forms[action];
  if (spec === undefined) return navigate(`/participants/${id}`);
  const [catalogue, participant] = await Promise.all([loadCatalogue(), get(`/participants/${id}`)]);
  const form = commandForm({
    titleKey: spec.titleKey,
    titleParams: undefined,
    hintKey: spec.hintKey,
    submitKey: spec.submitKey,
    path: `/participants/${id}/${spec.command}`,
    fields: spec.fields(catalogue, participant),
    onAccepted: (reply) => {
      rememberEntries(id, reply);
      if (spec.seen !== undefined) expectAfterWrite((after) => spec.seen(after, participant));
      setFlash('saved');
      navigate(`/participants/${id}`);
    },
  });
  show(
    h('p', { class: 'breadcrumb' }, h('a', { href: `#/participants/${id}` }, participant.personalData?.fullName ?? translate('participantTitle'))),
    form,
  );
};
