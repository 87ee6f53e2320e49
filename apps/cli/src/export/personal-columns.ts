import { carriesSealedPersonalData } from '@binaan/domain';
import type { PersonalDataVault } from '@binaan/personal-data';

/** The columns personal data adds to an export; present only when it was asked for and the key is at hand. */
export const personalColumns = ['personal_data_status', 'full_name', 'registration_number', 'nik', 'birth_date', 'notes'] as const;
export type PersonalColumns = { readonly [Column in (typeof personalColumns)[number]]: string | null };

const noPersonalData: PersonalColumns = {
  personal_data_status: null,
  full_name: null,
  registration_number: null,
  nik: null,
  birth_date: null,
  notes: null,
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Opens an event's envelope, for the type of event sealing bound it to. Erased, missing or altered data is named as such, never guessed at. */
export const personalColumnsOf = async (
  vault: PersonalDataVault,
  type: string,
  data: { readonly [field: string]: unknown },
): Promise<PersonalColumns> => {
  const envelope = data['personalData'];
  if (envelope === undefined || !carriesSealedPersonalData(type)) return noPersonalData;
  const opened = await vault.open(envelope, { purpose: type });
  if (opened.status !== 'ok') return { ...noPersonalData, personal_data_status: opened.status };
  return {
    personal_data_status: 'ok',
    full_name: text(opened.data['fullName']),
    registration_number: text(opened.data['registrationNumber']),
    nik: text(opened.data['nik']),
    birth_date: text(opened.data['birthDate']),
    notes: text(opened.data['notes']),
  };
};
