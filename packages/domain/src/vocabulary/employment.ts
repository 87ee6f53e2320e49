import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';
import { struct } from '../codecs/struct';

export const employmentStatuses = ['formal', 'informal', 'self_employed', 'seeking', 'not_seeking'] as const;
export const EmploymentStatus = oneOf('EmploymentStatus', employmentStatuses);
export type EmploymentStatus = t.TypeOf<typeof EmploymentStatus>;

/** The statuses that count as earning a living ("employed or self-employed"). */
export const workingStatuses: readonly EmploymentStatus[] = ['formal', 'informal', 'self_employed'];

/** Whether a reported status counts as earning a living; null (no contact reached) does not. */
export const reportsWork = (status: string | null | undefined): boolean =>
  status !== null && status !== undefined && (workingStatuses as readonly string[]).includes(status);

export const businessStatuses = ['none', 'planning', 'running', 'closed'] as const;
export const BusinessStatus = oneOf('BusinessStatus', businessStatuses);
export type BusinessStatus = t.TypeOf<typeof BusinessStatus>;

export const salesChannels = ['none', 'direct', 'market', 'online', 'reseller'] as const;
export const SalesChannel = oneOf('SalesChannel', salesChannels);
export type SalesChannel = t.TypeOf<typeof SalesChannel>;

export const incomeBands = ['none', 'below_500k', '500k_to_1m', '1m_to_2m', '2m_to_3m', 'above_3m'] as const;
export const IncomeBand = oneOf('IncomeBand', incomeBands);
export type IncomeBand = t.TypeOf<typeof IncomeBand>;

const employmentRequired = {
  status: EmploymentStatus,
  usesTrainedSkill: t.boolean,
  incomeBand: IncomeBand,
};
const employmentOptional = {
  businessStatus: BusinessStatus,
  salesChannel: SalesChannel,
};

/** Work reported at a reached contact. Commands reject unknown keys; stored events tolerate them. */
export const Employment = struct('Employment', 'reject', employmentRequired, employmentOptional);
export const StoredEmployment = struct('Employment', 'strip', employmentRequired, employmentOptional);
export type Employment = t.TypeOf<typeof Employment>;
