/** Every domain error: `_tag` names the broken rule, `code` is its stable form for APIs, `message` is for people. */
export type DomainErrorShape<Tag extends string, Code extends string, Details extends object> = {
  readonly _tag: Tag;
  readonly code: Code;
  readonly message: string;
} & Readonly<Details>;

export const domainError = <Tag extends string, Code extends string, Details extends object>(
  tag: Tag,
  code: Code,
  message: string,
  details: Details,
): DomainErrorShape<Tag, Code, Details> => ({ ...details, _tag: tag, code, message });
