/** A setting that breaks its rule: the start stops with this message, which names the variable or flag. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
