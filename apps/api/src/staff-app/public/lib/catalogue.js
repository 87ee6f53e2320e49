// The programme catalogue (GET /programmes): programmes, their modules, facilities, regencies. Fetched
// once per page load; it holds no personal data.
import { get } from './api.js';

let catalogue;

export const loadCatalogue = async () => (catalogue ??= await get('/programmes'));

export const programmeOf = (cat, programmeId, curriculumVersion) =>
  cat.programmes.find((programme) => programme.id === programmeId && (curriculumVersion === undefined || programme.curriculumVersion === curriculumVersion)) ??
  cat.programmes.find((programme) => programme.id === programmeId);

export const facilityName = (cat, facilityId) => cat?.facilities.find((facility) => facility.id === facilityId)?.name ?? facilityId;

export const programmeTitle = (cat, programmeId) => cat?.programmes.find((programme) => programme.id === programmeId)?.title ?? programmeId;

export const moduleTitle = (programme, moduleId) => programme?.modules.find((module) => module.id === moduleId)?.title ?? moduleId;
