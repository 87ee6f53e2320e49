export * from './language';
export * from './message';
export * from './catalogue';
export * from './recognise-text';
export * from './translate-field-rule';
export * from './translate-rejection';
export * from './accept-language';
export * from './locale-environment';
