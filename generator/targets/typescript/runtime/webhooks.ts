/**
 * Webhook signature verification with WebCrypto. A delivery carries `<header>: t=<unix seconds>,v1=<hex>`,
 * where the digest is the HMAC-SHA256, keyed with the endpoint's secret, of `"<t>.<raw body>"`. A delivery is
 * genuine when any `v1` matches (compared in constant time) and `t` is within the tolerance of now.
 */

import { readEnv } from "./auth.js";
import { WebhookVerificationError } from "./errors.js";

export interface WebhookSettings {
  signatureHeader: string;
  tolerance: number;
  secretEnv: string;
}

export interface VerifyOptions {
  /** The endpoint's signing secret (default: the secret environment variable). */
  secret?: string;
  /** Seconds a delivery's timestamp may differ from now (default 300). */
  tolerance?: number;
  /** The time to check against, in Unix seconds (for tests). */
  now?: number;
}

export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const lowered = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === lowered) return Array.isArray(value) ? value.join(",") : value;
  }
  return undefined;
}

function bytes(payload: string | Uint8Array): Uint8Array {
  return typeof payload === "string" ? new TextEncoder().encode(payload) : payload;
}

async function hmacHex(secret: string, message: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new WebhookVerificationError("WebCrypto (crypto.subtle) is not available here.");
  const key = await subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const digest = new Uint8Array(await subtle.sign("HMAC", key, message as unknown as ArrayBuffer));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Equal strings, compared in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ (i < b.length ? b.charCodeAt(i) : 0);
  return diff === 0;
}

function secretOf(settings: WebhookSettings, given: string | undefined): string {
  const secret = given || readEnv(settings.secretEnv);
  if (!secret) throw new WebhookVerificationError(`No webhook secret: pass secret or set ${settings.secretEnv}.`);
  return secret;
}

function signed(timestamp: number, body: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`${timestamp}.`);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** The signature header value of `payload` signed at `timestamp` (default now): for testing handlers. */
export async function sign(
  settings: WebhookSettings,
  payload: string | Uint8Array,
  options: { secret?: string; timestamp?: number } = {},
): Promise<string> {
  const secret = secretOf(settings, options.secret);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return `t=${timestamp},v1=${await hmacHex(secret, signed(timestamp, bytes(payload)))}`;
}

/** Reject with `WebhookVerificationError` unless `payload` (the raw body) carries a valid signature. */
export async function verifySignature(
  settings: WebhookSettings,
  payload: string | Uint8Array,
  headers: HeadersLike,
  options: VerifyOptions = {},
): Promise<void> {
  const secret = secretOf(settings, options.secret);
  const name = settings.signatureHeader;
  const value = header(headers, name);
  if (!value) throw new WebhookVerificationError(`Missing ${name} header.`);
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of value.split(",")) {
    const index = part.indexOf("=");
    if (index < 0) throw new WebhookVerificationError(`Malformed ${name} header.`);
    const key = part.slice(0, index).trim();
    const item = part.slice(index + 1).trim();
    if (key === "t") {
      if (!/^[0-9]{1,12}$/.test(item)) throw new WebhookVerificationError(`Malformed timestamp in ${name}.`);
      timestamp = Number(item);
    } else if (key === "v1") {
      signatures.push(item);
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError(`${name} needs a t= timestamp and a v1= signature.`);
  }
  const now = options.now ?? Date.now() / 1000;
  if (Math.abs(now - timestamp) > (options.tolerance ?? settings.tolerance)) {
    throw new WebhookVerificationError("Webhook timestamp is outside the tolerance (a replay or a wrong clock).");
  }
  const expected = await hmacHex(secret, signed(timestamp, bytes(payload)));
  let matched = false;
  for (const candidate of signatures) matched = constantTimeEqual(expected, candidate.toLowerCase()) || matched;
  if (!matched) throw new WebhookVerificationError("No signature matches the payload.");
}

/** Verify a delivery and return its event, parsed from the JSON body. */
export async function unwrap<Event>(
  settings: WebhookSettings,
  payload: string | Uint8Array,
  headers: HeadersLike,
  options: VerifyOptions = {},
): Promise<Event> {
  await verifySignature(settings, payload, headers, options);
  try {
    return JSON.parse(typeof payload === "string" ? payload : new TextDecoder().decode(payload)) as Event;
  } catch {
    throw new WebhookVerificationError("Webhook payload is not valid JSON.");
  }
}
