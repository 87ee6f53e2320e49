import { DecodeIssue, decodeIssue } from '../decoding/decode-error';
import { CatalogueData, CatalogueModule, Programme } from './catalogue-codecs';

const duplicates = <A>(items: readonly A[], keyOf: (item: A) => string): readonly number[] =>
  items.flatMap((item, index) => (items.findIndex((other) => keyOf(other) === keyOf(item)) < index ? [index] : []));

const formsCycle = (start: CatalogueModule, modules: readonly CatalogueModule[]): boolean => {
  const byId = new Map(modules.map((module) => [module.id as string, module]));
  const visit = (moduleId: string, trail: ReadonlySet<string>): boolean =>
    trail.has(moduleId) ||
    (byId.get(moduleId)?.prerequisites ?? []).some((next) => visit(next, new Set([...trail, moduleId])));
  return start.prerequisites.some((next) => visit(next, new Set([start.id])));
};

const programmeIssues = (programme: Programme, at: string, catalogue: CatalogueData): readonly DecodeIssue[] => {
  const moduleIds = new Set<string>(programme.modules.map((module) => module.id));
  return [
    ...(programme.modules.some((module) => module.required)
      ? []
      : [decodeIssue(`${at}.modules`, 'must list at least one required module')]),
    ...(programme.providers.length === 0 ? [decodeIssue(`${at}.providers`, 'must list at least one provider')] : []),
    ...(programme.offeredAt.length === 0 ? [decodeIssue(`${at}.offeredAt`, 'must list at least one facility')] : []),
    ...programme.offeredAt.flatMap((facilityId, index) =>
      catalogue.facilities.some((facility) => facility.id === facilityId)
        ? []
        : [decodeIssue(`${at}.offeredAt[${index}]`, 'must name a facility of the catalogue')],
    ),
    ...(catalogue.regencies.some((regency) => regency.code === programme.regency)
      ? []
      : [decodeIssue(`${at}.regency`, 'must name a regency of the catalogue')]),
    ...duplicates(programme.modules, (module) => module.id).map((index) =>
      decodeIssue(`${at}.modules[${index}].id`, 'must be unique within the programme'),
    ),
    ...programme.modules.flatMap((module, moduleIndex) =>
      module.prerequisites.flatMap((prerequisite, index) =>
        moduleIds.has(prerequisite)
          ? []
          : [
              decodeIssue(
                `${at}.modules[${moduleIndex}].prerequisites[${index}]`,
                'must name a module of the same programme',
              ),
            ],
      ),
    ),
    ...programme.modules.flatMap((module, moduleIndex) =>
      formsCycle(module, programme.modules)
        ? [decodeIssue(`${at}.modules[${moduleIndex}].prerequisites`, 'must not form a cycle')]
        : [],
    ),
  ];
};

/** The checks a codec cannot express: uniqueness, references (facilities, regencies, prerequisites) and cycles. */
export const catalogueIssues = (catalogue: CatalogueData): readonly DecodeIssue[] => [
  ...duplicates(catalogue.programmes, (programme) => `${programme.id}@${programme.curriculumVersion}`).map((index) =>
    decodeIssue(`programmes[${index}].curriculumVersion`, 'must be unique for the programme id'),
  ),
  ...catalogue.programmes.flatMap((programme, index) => programmeIssues(programme, `programmes[${index}]`, catalogue)),
  ...duplicates(catalogue.facilities, (facility) => facility.id).map((index) =>
    decodeIssue(`facilities[${index}].id`, 'must be unique'),
  ),
  ...duplicates(catalogue.regencies, (regency) => regency.code).map((index) => decodeIssue(`regencies[${index}].code`, 'must be unique')),
];
