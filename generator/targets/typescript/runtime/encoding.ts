/**
 * Arguments on the wire: parameters by their OpenAPI `style` and `explode`, form and multipart bodies by their
 * media type's `encoding`, and the JSON form of every value. The generated methods say, per parameter, only
 * what departs from the location's default (a `Style`).
 */

/** How one parameter or body property is serialized (empty style: the location's default). */
export interface Style {
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
  contentType?: string;
  headers?: readonly (readonly [string, string])[];
}

/** A file's contents, for multipart parts and binary bodies. */
export type Uploadable = Blob | Uint8Array | ArrayBuffer;

const DEFAULT_STYLES: Record<string, string> = {
  path: "simple",
  header: "simple",
  query: "form",
  cookie: "form",
  form: "form",
};

function resolved(style: Style | undefined, location: string): [string, boolean] {
  const name = style?.style || DEFAULT_STYLES[location] || "form";
  return [name, style?.explode ?? name === "form"];
}

/** Values as JSON-ready data: dates as ISO text, bytes as base64, `undefined` dropped. */
export function toJsonable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return bytesToBase64(value);
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toJsonable(v)));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonable(v);
    return out;
  }
  return value;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const RESERVED_KEPT = ":/?[]@!$'()*,;=";

/** Percent-encoding as RFC 3986 wants it (everything but `A-Za-z0-9-._~`; with `allowReserved`, the
 * reserved characters other than `&`, `#` and `+` stay). */
export function escape(text: string, allowReserved = false, plus = false): string {
  let out = "";
  for (const ch of text) {
    if (/[A-Za-z0-9\-._~]/.test(ch) || (allowReserved && RESERVED_KEPT.includes(ch))) {
      out += ch;
    } else {
      for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return plus ? out.replace(/%20/g, "+") : out;
}

function jsonText(value: unknown): string {
  return JSON.stringify(toJsonable(value));
}

/** A scalar as parameter text: booleans as `true`/`false`, null as empty, containers as JSON. */
function text(value: unknown): string {
  if (value === true) return "true";
  if (value === false) return "false";
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return jsonText(value);
  return String(value);
}

function pairs(value: Record<string, unknown>): [string, string][] {
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => [k, text(v)]);
}

/** The path with each `{name}` replaced by its value, serialized by its style and percent-encoded. */
export function formatPath(
  template: string,
  params: Record<string, unknown>,
  styles: Record<string, Style> = {},
): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) =>
    name in params ? pathValue(name, params[name], styles[name]) : whole,
  );
}

function pathValue(name: string, raw: unknown, style?: Style): string {
  if (style?.contentType) return escape(jsonText(raw));
  const [kind, explode] = resolved(style, "path");
  const value = toJsonable(raw);
  const prefix = kind === "label" ? "." : kind === "matrix" ? ";" : "";
  if (Array.isArray(value)) {
    const items = value.map((v) => escape(text(v)));
    if (kind === "matrix") {
      const key = escape(name);
      return explode ? items.map((i) => `;${key}=${i}`).join("") : `;${key}=${items.join(",")}`;
    }
    return prefix + items.join(kind === "label" && explode ? "." : ",");
  }
  if (value !== null && typeof value === "object") {
    const entries = pairs(value as Record<string, unknown>).map(([k, v]) => [escape(k), escape(v)]);
    if (explode) {
      const separator = kind === "label" ? "." : kind === "matrix" ? ";" : ",";
      return prefix + entries.map(([k, v]) => `${k}=${v}`).join(separator);
    }
    const flat = entries.map(([k, v]) => `${k},${v}`).join(",");
    return kind === "matrix" ? `;${escape(name)}=${flat}` : prefix + flat;
  }
  const single = escape(text(value));
  return kind === "matrix" ? `;${escape(name)}=${single}` : prefix + single;
}

/** Query parameters (or, with `form`, the fields of a urlencoded body) as one encoded string. */
export function encodeQuery(
  query: Record<string, unknown>,
  styles: Record<string, Style> = {},
  form = false,
): string {
  const parts: string[] = [];
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined || raw === null) continue;
    parts.push(...queryParts(name, raw, styles[name], form));
  }
  return parts.join("&");
}

function queryParts(name: string, raw: unknown, style: Style | undefined, form: boolean): string[] {
  const allow = Boolean(style?.allowReserved);
  const esc = (t: string) => escape(t, allow, form);
  const key = escape(name, false, form);
  const type = style?.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (style?.contentType && type !== "" && type !== "text/plain") {
    return [`${key}=${esc(type.includes("json") ? jsonText(raw) : text(toJsonable(raw)))}`];
  }
  const [kind, explode] = resolved(style, form ? "form" : "query");
  const value = toJsonable(raw);
  if (kind === "deepObject") return deep(key, value).map(([k, v]) => `${k}=${esc(v)}`);
  const separator = kind === "spaceDelimited" ? "%20" : kind === "pipeDelimited" ? "%7C" : ",";
  if (Array.isArray(value)) {
    const items = value.map((v) => esc(text(v)));
    return explode ? items.map((i) => `${key}=${i}`) : [`${key}=${items.join(separator)}`];
  }
  if (value !== null && typeof value === "object") {
    const entries = pairs(value as Record<string, unknown>);
    if (explode) return entries.map(([k, v]) => `${escape(k, false, form)}=${esc(v)}`);
    return [`${key}=${entries.map(([k, v]) => `${esc(k)}${separator}${esc(v)}`).join(separator)}`];
  }
  return [`${key}=${esc(text(value))}`];
}

function deep(prefix: string, value: unknown): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => deep(`${prefix}[${index}]`, item));
  if (value !== null && typeof value === "object") {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .flatMap(([k, v]) => deep(`${prefix}[${escape(k)}]`, v));
  }
  return [[prefix, text(value)]];
}

/** A header parameter's value (`simple`: `a,b`; objects `k,v` or, exploded, `k=v`). */
export function headerValue(raw: unknown, style?: Style): string {
  if (style?.contentType) return jsonText(raw);
  const [, explode] = resolved(style, "header");
  const value = toJsonable(raw);
  if (Array.isArray(value)) return value.map(text).join(",");
  if (value !== null && typeof value === "object") {
    return pairs(value as Record<string, unknown>)
      .map(([k, v]) => (explode ? `${k}=${v}` : `${k},${v}`))
      .join(",");
  }
  return text(value);
}

/** Cookie parameters as one `Cookie` header value, names and values percent-encoded. */
export function encodeCookies(cookies: Record<string, unknown>, styles: Record<string, Style> = {}): string {
  const parts: string[] = [];
  for (const [name, raw] of Object.entries(cookies)) {
    if (raw === undefined || raw === null) continue;
    const style = styles[name];
    const key = escape(name);
    if (style?.contentType) {
      parts.push(`${key}=${escape(jsonText(raw))}`);
      continue;
    }
    const [, explode] = resolved(style, "cookie");
    const value = toJsonable(raw);
    if (Array.isArray(value)) {
      const items = value.map((v) => escape(text(v)));
      if (explode) parts.push(...items.map((i) => `${key}=${i}`));
      else parts.push(`${key}=${items.join(",")}`);
    } else if (value !== null && typeof value === "object") {
      const entries = pairs(value as Record<string, unknown>).map(([k, v]) => [escape(k), escape(v)]);
      if (explode) parts.push(...entries.map(([k, v]) => `${k}=${v}`));
      else parts.push(`${key}=${entries.map(([k, v]) => `${k},${v}`).join(",")}`);
    } else {
      parts.push(`${key}=${escape(text(value))}`);
    }
  }
  return parts.join("; ");
}

/** An `application/x-www-form-urlencoded` body. */
export function encodeForm(body: Record<string, unknown>, encodings: Record<string, Style> = {}): string {
  return encodeQuery(body, encodings, true);
}

/** Whether `value` is file contents (a Blob, bytes or an ArrayBuffer). */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof Blob !== "undefined" && value instanceof Blob)
  );
}

async function bytesOf(value: Uploadable): Promise<Uint8Array> {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return new Uint8Array(await value.arrayBuffer());
}

function quoted(textValue: string): string {
  return textValue.replace(/\\/g, "\\\\").replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A `multipart/form-data` body: files as file parts, arrays as one part per item, objects as JSON parts. */
export async function encodeMultipart(
  body: Record<string, unknown>,
  encodings: Record<string, Style>,
  boundary: string,
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const style = encodings[name] ?? {};
    const jsonPart = (style.contentType ?? "").toLowerCase().includes("json");
    const values = Array.isArray(value) && !jsonPart ? value : [value];
    for (const item of values) {
      const headers: [string, string][] = [...(style.headers ?? [])].map(([k, v]) => [k, v]);
      let disposition = `form-data; name="${quoted(name)}"`;
      let contentType = style.contentType ?? "";
      let data: Uint8Array;
      if (isUploadable(item)) {
        const fileName = typeof File !== "undefined" && item instanceof File ? item.name : "";
        disposition += `; filename="${quoted(fileName || "upload")}"`;
        const blobType = typeof Blob !== "undefined" && item instanceof Blob ? item.type : "";
        contentType = contentType || blobType || "application/octet-stream";
        data = await bytesOf(item);
      } else if ((item !== null && typeof item === "object") || contentType.toLowerCase().includes("json")) {
        data = encoder.encode(jsonText(item));
        contentType = contentType || "application/json";
      } else {
        data = encoder.encode(text(toJsonable(item)));
      }
      const lines = [`--${boundary}`, `Content-Disposition: ${disposition}`];
      if (contentType) lines.push(`Content-Type: ${contentType}`);
      for (const [k, v] of headers) {
        if (!["content-type", "content-disposition"].includes(k.toLowerCase())) lines.push(`${k}: ${v}`);
      }
      chunks.push(encoder.encode(lines.join("\r\n") + "\r\n\r\n"), data, encoder.encode("\r\n"));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
