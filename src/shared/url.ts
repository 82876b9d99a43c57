/**
 * The URL guard: every URL that comes from the server or a vendor goes through here before
 * it reaches an `href` or a `src`. Only `http:`/`https:` (absolute or relative) pass.
 *
 * The scheme is decided by the browser's own URL parser (`new URL`), the same one that will
 * later follow the link, so tricks such as `JaVaScRiPt:`, `java\tscript:` or leading control
 * characters are classified exactly as the browser would classify them.
 */

/** Longest URL we accept: real links are far shorter; huge strings are a smell (and a cost). */
export const MAX_URL_LENGTH = 2048;

/** Upload previews as data URLs are bigger than links: allow them up to ~5 MB of base64. */
const MAX_DATA_IMAGE_LENGTH = 5 * 1024 * 1024;

// C0 controls, DEL and C1 controls never appear in a legitimate URL; browsers silently strip
// some of them (tab, newline), which is how `java\nscript:` tricks work. Reject them outright.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

// Raster formats only: SVG can carry script (harmless in <img>, not if someone opens it).
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/]+={0,2}$/i;

function parse(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** Trims and applies the checks shared by every guard; undefined when the string is unusable. */
function candidate(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > maxLength || CONTROL_CHARS.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * Returns the URL (trimmed, otherwise as given) when it resolves to `http:` or `https:`
 * against `base`; undefined for anything else (other schemes, non-strings, empty, too long,
 * control characters, unparsable). Relative URLs pass when `base` is itself http(s).
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  const url = candidate(value, MAX_URL_LENGTH);
  if (url === undefined) return undefined;
  const parsed = parse(url, base);
  return parsed && WEB_PROTOCOLS.has(parsed.protocol) ? url : undefined;
}

/**
 * Like {@link safeUrl}, plus what an `<img>` may legitimately show for upload previews:
 * base64 `data:image/(png|jpeg|gif|webp|avif)` and `blob:` URLs created by an http(s) page.
 * Never `data:image/svg+xml`.
 */
export function safeImageUrl(value: unknown, base: string = document.baseURI): string | undefined {
  const web = safeUrl(value, base);
  if (web !== undefined) return web;

  const url = candidate(value, MAX_DATA_IMAGE_LENGTH);
  if (url === undefined) return undefined;
  if (DATA_IMAGE.test(url)) return url;
  if (url.length <= MAX_URL_LENGTH && /^blob:/i.test(url)) {
    // A blob URL embeds the origin that created it: `blob:https://ent.example/uuid`.
    const parsed = parse(url, base);
    // Parsed without base: an opaque origin serialises as "null", which must not resolve.
    if (parsed?.protocol === 'blob:' && WEB_PROTOCOLS.has(parse(parsed.origin)?.protocol ?? '')) {
      return url;
    }
  }
  return undefined;
}

/**
 * True when `url` (resolved against `base`) points to another origin than `base`.
 * An unparsable URL is not "another origin": false.
 */
export function isExternalUrl(url: string, base: string = document.baseURI): boolean {
  const target = parse(url, base);
  const from = parse(base, base);
  if (!target || !from) return false;
  return target.origin !== from.origin;
}
