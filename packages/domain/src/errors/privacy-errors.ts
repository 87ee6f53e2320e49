import { domainError } from './domain-error-shape';

export const consentAlreadyWithdrawn = () =>
  domainError('ConsentAlreadyWithdrawn', 'CONSENT_ALREADY_WITHDRAWN', 'Consent is already withdrawn', {});
export type ConsentAlreadyWithdrawn = ReturnType<typeof consentAlreadyWithdrawn>;

export const detailAfterConsentWithdrawn = () =>
  domainError(
    'DetailAfterConsentWithdrawn',
    'CONSENT_WITHDRAWN',
    'The participant withdrew her consent: a contact may be logged without notes or employment detail, and no contact details kept',
    {},
  );
export type DetailAfterConsentWithdrawn = ReturnType<typeof detailAfterConsentWithdrawn>;

export const alreadyErased = () =>
  domainError('AlreadyErased', 'ALREADY_ERASED', "The participant's personal data is already erased", {});
export type AlreadyErased = ReturnType<typeof alreadyErased>;

export const personalDataIsErased = () =>
  domainError(
    'PersonalDataIsErased',
    'PERSONAL_DATA_ERASED',
    "The participant's personal data was erased; no new personal data can be recorded for them",
    {},
  );
export type PersonalDataErasedError = ReturnType<typeof personalDataIsErased>;

export type PrivacyError = ConsentAlreadyWithdrawn | DetailAfterConsentWithdrawn | AlreadyErased | PersonalDataErasedError;
