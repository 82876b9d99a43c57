// Registering a tag twice throws (shoelace#874), and vendors may load the bundle twice or
// next to another version: register only when the tag is free, warn only for another version.
export const VERSION = '0.1.0';

export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version) {
    console.warn(`[ent-widgets] <${tag}> is already registered by version ${existing.version ?? 'unknown'}; version ${constructor.version ?? 'unknown'} is not used.`);
  }
}
