import type { PathsObject } from '@nestjs/swagger';

/**
 * The paths of several route groups as one document: a path that two groups share (POST /participants
 * enrols, GET /participants finds) keeps every method, and no group can silently drop another's.
 */
export const mergedPaths = (...groups: readonly PathsObject[]): PathsObject => {
  const merged: PathsObject = {};
  for (const group of groups) {
    for (const [path, item] of Object.entries(group)) {
      const existing = merged[path];
      if (existing !== undefined) {
        const shared = Object.keys(item).filter((method) => method in existing);
        if (shared.length > 0) throw new Error(`OpenAPI: ${shared.join(', ')} ${path} is described twice`);
      }
      merged[path] = { ...existing, ...item };
    }
  }
  return merged;
};
