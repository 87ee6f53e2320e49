import type { IncomingMessage } from 'node:http';
import { isUtf8 } from 'node:buffer';
import { ProblemException } from './problem.exception';
import { problems } from './problems';

export interface JsonBodyLimits {
  /** Bodies larger than this get 413. */
  readonly maxBytes: number;
  /** Objects and arrays nested deeper than this get 400. */
  readonly maxDepth: number;
}

export const defaultJsonBodyLimits: JsonBodyLimits = { maxBytes: 64 * 1024, maxDepth: 16 };

const isJsonMediaType = (contentType: string | undefined): boolean => {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
};

const declaredLength = (request: IncomingMessage): number | undefined => {
  const header = request.headers['content-length'];
  return header === undefined ? undefined : Number(header);
};

/** Reads the whole body, but keeps no more than the limit: the rest is drained and dropped. */
const readLimited = (request: IncomingMessage, maxBytes: number): Promise<Buffer | 'too_large'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxBytes ? 'too_large' : Buffer.concat(chunks)));
    // The client went away, or the server's request timeout closed the connection (Node has answered 408).
    request.on('close', () => {
      if (!request.complete) reject(new ProblemException(problems.bodyIncomplete()));
    });
    request.on('error', () => reject(new ProblemException(problems.bodyIncomplete())));
  });

/** Iterative, so a hostile body of thousands of nested arrays cannot overflow the stack. */
const nestsDeeperThan = (value: unknown, maxDepth: number): boolean => {
  const pending: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > maxDepth) return true;
    const children: readonly unknown[] = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) pending.push({ value: child, depth });
  }
  return false;
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemException(problems.invalidJson());
  }
};

/**
 * Parses a JSON request body with the limits above. Every way a body can be wrong is a 4xx problem:
 * too large (413), not JSON (415), not UTF-8, not parseable or too deep (400). The parsed value keeps
 * keys such as `__proto__` as plain own properties (JSON.parse never assigns prototypes); the command
 * codecs then reject them as unknown fields.
 */
export const readJsonBody = async (request: IncomingMessage, limits: JsonBodyLimits): Promise<unknown> => {
  const length = declaredLength(request);
  if (length !== undefined && length > limits.maxBytes) {
    throw new ProblemException(problems.payloadTooLarge(limits.maxBytes));
  }
  if (!isJsonMediaType(request.headers['content-type'])) {
    throw new ProblemException(problems.unsupportedMediaType());
  }
  const raw = await readLimited(request, limits.maxBytes);
  if (raw === 'too_large') throw new ProblemException(problems.payloadTooLarge(limits.maxBytes));
  if (!isUtf8(raw)) throw new ProblemException(problems.invalidUtf8());
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ProblemException(problems.emptyBody());
  const parsed = parseJson(text);
  if (nestsDeeperThan(parsed, limits.maxDepth)) throw new ProblemException(problems.bodyTooDeep(limits.maxDepth));
  return parsed;
};
