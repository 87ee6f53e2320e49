import type { Catalogue } from '@binaan/domain';
import { UserError } from '../cli/user-error';

/** A --programme or --facility value: one the catalogue knows, or an error naming those it does. */
const checkKnown = (
  option: string,
  unknown: 'unknownProgramme' | 'unknownFacility',
  value: string | undefined,
  known: readonly string[],
): string | undefined => {
  if (value === undefined || known.includes(value)) return value;
  throw UserError.of(unknown, { option, value, known: known.join(', ') });
};

export const parseProgrammeOption = (catalogue: Catalogue, value: string | undefined): string | undefined =>
  checkKnown(
    '--programme',
    'unknownProgramme',
    value,
    catalogue.programmes.map((programme) => programme.id),
  );

export const parseFacilityOption = (catalogue: Catalogue, value: string | undefined): string | undefined =>
  checkKnown(
    '--facility',
    'unknownFacility',
    value,
    catalogue.facilities.map((facility) => facility.id),
  );
