export * from './json-value';
export { canonicalJson, referenceCanonicalJson, CanonicalJsonError, inCanonicalOrder, putMember } from './canonical-json';
export { isCanonicalJsonText, type TopLevelMemberVisitor } from './canonical-json-text';
