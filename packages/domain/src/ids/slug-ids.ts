import * as t from 'io-ts';
import { refinedString } from '../codecs/refined-string';

interface ProgrammeIdBrand {
  readonly ProgrammeId: unique symbol;
}
interface ModuleIdBrand {
  readonly ModuleId: unique symbol;
}
interface FacilityIdBrand {
  readonly FacilityId: unique symbol;
}
interface ProviderIdBrand {
  readonly ProviderId: unique symbol;
}

export type ProgrammeId = string & ProgrammeIdBrand;
export type ModuleId = string & ModuleIdBrand;
/** A prison unit (UPT), e.g. `lapas-perempuan-malang`. */
export type FacilityId = string & FacilityIdBrand;
/** A training institute (LPK). */
export type ProviderId = string & ProviderIdBrand;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const maxSlugLength = 100;

const brokenSlugRule = (candidate: string): string | undefined => {
  if (!slugPattern.test(candidate)) {
    return 'must be a slug of lower-case letters and digits joined by single hyphens';
  }
  return candidate.length > maxSlugLength ? `must be at most ${maxSlugLength} characters` : undefined;
};

export const ProgrammeId: t.Type<ProgrammeId, string, unknown> = refinedString<ProgrammeId>('ProgrammeId', brokenSlugRule);
export const ModuleId: t.Type<ModuleId, string, unknown> = refinedString<ModuleId>('ModuleId', brokenSlugRule);
export const FacilityId: t.Type<FacilityId, string, unknown> = refinedString<FacilityId>('FacilityId', brokenSlugRule);
export const ProviderId: t.Type<ProviderId, string, unknown> = refinedString<ProviderId>('ProviderId', brokenSlugRule);
