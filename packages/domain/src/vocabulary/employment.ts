import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';
import { struct } from '../codecs/struct';

export const employmentStatuses = ['formal', 'informal', 'self_employed', 'seeking', 'not_seeking'] as const;
export const EmploymentStatus = oneOf('EmploymentStatus', employmentStatuses);
export type EmploymentStatus = t.TypeOf<typeof EmploymentStatus>;

/** The statuses that count as earning a living ("employed or self-employed"). */
export const workingStatuses: readonly EmploymentStatus[] = ['formal', 'informal', 'self_employed'];

export const businessStatuses = ['none', 'planning', 'running', 'closed'] as const;
export const BusinessStatus = oneOf('BusinessStatus', businessStatuses);
export type BusinessStatus = t.TypeOf<typeof BusinessStatus>;

/** What a reached contact said about work, as far as the outcome figures need it. */
export interface ReportedWork {
  readonly employmentStatus: string | null;
  readonly businessStatus: string | null;
}

/**
 * Whether a contact reports earning a living: a working status, and not a business still being
 * planned (a plan earns nothing yet). No contact reached (null status) is not work.
 */
export const reportsWork = ({ employmentStatus, businessStatus }: ReportedWork): boolean =>
  employmentStatus !== null && (workingStatuses as readonly string[]).includes(employmentStatus) && businessStatus !== 'planning';

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
