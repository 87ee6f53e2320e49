import * as t from 'io-ts';
import { DecodeIssue } from './decode-error';

interface TaggedType {
  readonly _tag?: string;
  readonly value?: unknown;
  readonly keys?: Readonly<Record<string, unknown>>;
}

const tagOf = (entry: t.ContextEntry | undefined): string | undefined => (entry?.type as TaggedType | undefined)?._tag;

/** Union and intersection members add index keys to the context that are not part of the input's shape. */
const pathOf = (context: t.Context): string =>
  context.reduce((path, entry, index) => {
    if (index === 0) {
      return path;
    }
    const parentTag = tagOf(context[index - 1]);
    if (parentTag === 'UnionType' || parentTag === 'IntersectionType') {
      return path;
    }
    if (parentTag === 'ArrayType' || parentTag === 'ReadonlyArrayType') {
      return `${path}[${entry.key}]`;
    }
    return path === '' ? entry.key : `${path}.${entry.key}`;
  }, '');

const ruleForType = (type: TaggedType): string => {
  switch (type._tag) {
    case 'StringType':
      return 'must be a string';
    case 'NumberType':
      return 'must be a number';
    case 'BooleanType':
      return 'must be true or false';
    case 'NullType':
      return 'must be null';
    case 'LiteralType':
      return `must be ${JSON.stringify(type.value)}`;
    case 'KeyofType':
      return `must be one of ${Object.keys(type.keys ?? {}).join(', ')}`;
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return 'must be an array';
    case 'InterfaceType':
    case 'PartialType':
    case 'ExactType':
    case 'StrictType':
      return 'must be an object';
    default:
      return 'is not valid';
  }
};

const ruleOf = (error: t.ValidationError): string => {
  const innermost = error.context[error.context.length - 1];
  if (error.value === undefined) {
    return 'is required';
  }
  return error.message ?? ruleForType((innermost?.type ?? {}) as TaggedType);
};

const isFirstOccurrence = (issue: DecodeIssue, index: number, issues: readonly DecodeIssue[]): boolean =>
  issues.findIndex((other) => other.path === issue.path && other.rule === issue.rule) === index;

/** Turns io-ts errors into path + rule issues, without the failing values. */
export const validationIssues = (errors: t.Errors): readonly DecodeIssue[] =>
  errors.map((error) => ({ path: pathOf(error.context), rule: ruleOf(error) })).filter(isFirstOccurrence);
