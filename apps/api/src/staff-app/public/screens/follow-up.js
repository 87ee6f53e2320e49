import { commandForm } from '../lib/command-form.js';
import { today } from '../lib/dates.js';
import { h, setFlash, show } from '../lib/dom.js';
import { field } from '../lib/forms.js';
import { enqueue, flush } from '../lib/outbox.js';
import { navigate } from '../lib/router.js';
import { shownNames } from './worklist.js';

const channels = ['phone', 'message', 'visit', 'other'];
const outcomes = ['reached', 'declined', 'not_reached'];
const notReachedReasons = ['no_answer', 'wrong_contact', 'moved', 'refused_by_family', 'other'];
const employmentStatuses = ['formal', 'informal', 'self_employed', 'seeking', 'not_seeking'];
const businessStatuses = ['none', 'planning', 'running', 'closed'];
const salesChannels = ['none', 'direct', 'market', 'online', 'reseller'];
const incomeBands = ['none', 'below_500k', '500k_to_1m', '1m_to_2m', '2m_to_3m', 'above_3m'];
const supportCodes = ['capital', 'equipment', 'training', 'market_access', 'documents', 'housing', 'health', 'other'];

/**
 * One contact after release. Sent at once when there is a network; otherwise (or when the send fails
 * on the way) kept on the phone with its Idempotency-Key and sent when the connection returns.
 */
export const showFollowUpForm = ({ id }) => {
  const name = shownNames.get(id);
  const form = commandForm({
    titleKey: name === undefined ? 'followUpTitleNoName' : 'followUpTitle',
    titleParams: name === undefined ? undefined : { name },
    submitKey: 'saveContact',
    path: `/participants/${id}/follow-ups`,
    fields: [
      field({ name: 'contactedOn', label: 'contactedOn', kind: 'date', required: true, value: today() }),
      field({ name: 'channel', label: 'channel', kind: 'radio', options: channels, optionsKey: 'channel', required: true }),
      field({ name: 'outcome', label: 'outcome', kind: 'radio', options: outcomes, optionsKey: 'outcome', required: true }),
      field({ name: 'notReachedReason', label: 'notReachedReason', kind: 'select', options: notReachedReasons, optionsKey: 'notReachedReason', showWhen: { outcome: ['not_reached'] } }),
      h(
        'fieldset',
        { class: 'group', 'data-show-when': JSON.stringify({ outcome: ['reached'] }) },
        h('legend', { i18n: 'employmentSection' }),
        field({ name: 'employment.status', label: 'employmentStatus', kind: 'radio', options: employmentStatuses, optionsKey: 'employmentStatus' }),
        field({ name: 'employment.usesTrainedSkill', label: 'usesTrainedSkill', kind: 'boolean' }),
        field({ name: 'employment.incomeBand', label: 'incomeBand', kind: 'select', options: incomeBands, optionsKey: 'incomeBand' }),
        field({ name: 'employment.businessStatus', label: 'businessStatus', kind: 'select', options: businessStatuses, optionsKey: 'businessStatus' }),
        field({ name: 'employment.salesChannel', label: 'salesChannel', kind: 'select', options: salesChannels, optionsKey: 'salesChannel' }),
      ),
      field({ name: 'needs', label: 'needs', kind: 'checkboxes', options: supportCodes, optionsKey: 'support' }),
      field({ name: 'referrals', label: 'referrals', kind: 'checkboxes', options: supportCodes, optionsKey: 'support' }),
      field({ name: 'personalData.notes', label: 'notes', hint: 'notesHint', kind: 'textarea', maxlength: 4000 }),
    ],
    // Notes, when written, travel inside personalData; an untouched employment block is left out.
    shape: (body) => (body.employment !== undefined && Object.keys(body.employment).length === 0 ? { ...body, employment: undefined } : body),
    onAccepted: () => {
      setFlash('contactSaved');
      navigate('/follow-ups');
    },
    onNetworkFailure: async ({ path, body, idempotencyKey }) => {
      await enqueue({ idempotencyKey, path, body, participantId: id, label: name });
      setFlash('contactQueued');
      navigate('/follow-ups');
      void flush();
    },
  });
  show(h('p', { class: 'breadcrumb' }, h('a', { href: '#/follow-ups', i18n: 'backToWorklist' })), form);
};
