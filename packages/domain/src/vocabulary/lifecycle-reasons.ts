import type * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

/** Why an entry was recorded in error (pembatalan entri); `other` needs a note. */
export const voidReasons = ['data_entry_error', 'wrong_participant', 'duplicate_entry', 'other'] as const;
export const VoidReason = oneOf('VoidReason', voidReasons);
export type VoidReason = t.TypeOf<typeof VoidReason>;

/**
 * Why a participant left before graduating or being released: pemindahan to a unit without the
 * programme, mengundurkan diri, sakit, meninggal dunia, melarikan diri, hukuman disiplin (register F).
 */
export const exitReasons = ['transferred_out', 'withdrew', 'health', 'died', 'escaped', 'disciplinary', 'other'] as const;
export const ExitReason = oneOf('ExitReason', exitReasons);
export type ExitReason = t.TypeOf<typeof ExitReason>;

/**
 * Exits for reasons outside the programme's control. Completion is also given of the participants who
 * did not leave for one of these, so that a programme is not judged by transfers, illness or death.
 */
export const exitsOutsideProgrammeControl: readonly ExitReason[] = ['transferred_out', 'health', 'died'];

/** Why a released person came back: pencabutan PB/CB/CMB/asimilasi, a new offence (residivis), or not known. */
export const custodyReturnKinds = ['parole_revoked', 'new_offence', 'unknown'] as const;
export const CustodyReturnKind = oneOf('CustodyReturnKind', custodyReturnKinds);
export type CustodyReturnKind = t.TypeOf<typeof CustodyReturnKind>;

/** The lawful ground of an erasure under UU PDP. */
export const erasureBases = ['subject_request', 'retention_expired', 'legal_order'] as const;
export const ErasureBasis = oneOf('ErasureBasis', erasureBases);
export type ErasureBasis = t.TypeOf<typeof ErasureBasis>;
