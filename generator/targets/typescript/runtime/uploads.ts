/**
 * Uploads to a signed URL: request a slot, then send the bytes in one PUT with the same `Content-Type` and
 * without the API's credentials.
 */

import type { Fetch, RequestOptions } from "./core.js";
import { APIConnectionError, ClientError, errorClassFor } from "./errors.js";

const TYPES: Record<string, string> = {
  mp4: "video/mp4", mov: "video/quicktime", webm: "video/webm", avi: "video/x-msvideo", mkv: "video/x-matroska",
  mpeg: "video/mpeg", mpg: "video/mpeg", mp3: "audio/mpeg", m4a: "audio/mp4", wav: "audio/wav", aac: "audio/aac",
  flac: "audio/flac", ogg: "audio/ogg", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp",
  gif: "image/gif", tif: "image/tiff", tiff: "image/tiff", ttf: "font/ttf", otf: "font/otf", woff: "font/woff",
  woff2: "font/woff2", json: "application/json", txt: "text/plain", pdf: "application/pdf",
};

/** What `upload()` sends: a Blob or File (its type and name are used), bytes, or an ArrayBuffer. */
export type UploadInput = Blob | Uint8Array | ArrayBuffer;

export interface UploadOptions extends RequestOptions {
  /** The media type (default: the Blob's type, else guessed from `filename`). */
  contentType?: string;
  /** The file name (default: the File's name). */
  filename?: string;
}

/** The media type for a file name's extension, or `application/octet-stream`. */
export function guessContentType(filename: string | undefined): string {
  const extension = filename?.split(".").pop()?.toLowerCase() ?? "";
  return TYPES[extension] ?? "application/octet-stream";
}

/** The file name, media type (and whether it was guessed) of an upload. */
export function describeUpload(file: UploadInput, options: UploadOptions): { filename: string; contentType: string; guessed: boolean } {
  const named = typeof File !== "undefined" && file instanceof File ? file.name : "";
  const filename = options.filename ?? named ?? "";
  const blobType = typeof Blob !== "undefined" && file instanceof Blob ? file.type : "";
  const contentType = options.contentType || blobType || guessContentType(filename);
  return { filename: filename || "upload", contentType, guessed: !options.contentType && !blobType };
}

/** Refuse, before anything is sent, a media type the API does not accept. */
export function checkContentType(contentType: string, guessed: boolean, allowed: readonly string[]): void {
  if (allowed.length === 0) return;
  const bare = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (allowed.some((a) => a.toLowerCase() === bare)) return;
  const how = guessed ? "guessed from the file name" : "given";
  const hint = guessed ? " Pass contentType (or a filename with a known extension)." : "";
  throw new ClientError(`Cannot upload ${JSON.stringify(contentType)} (${how}): the API accepts ${allowed.join(", ")}.${hint}`);
}

/** PUT the bytes to a signed URL: no API credentials, one request. */
export async function putFile(
  fetch: Fetch,
  url: string,
  file: UploadInput,
  contentType: string,
  options: RequestOptions = {},
  timeout = 60_000,
): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout ?? timeout);
  options.signal?.addEventListener("abort", () => controller.abort(), { once: true });
  let response: Response;
  try {
    response = await fetch(url, {
      method: "PUT",
      headers: { "Content-Type": contentType },
      body: file as unknown as BodyInit,
      signal: controller.signal,
    });
  } catch (error) {
    throw new APIConnectionError(`Upload failed: ${String((error as Error)?.message ?? error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (response.status >= 400) {
    const text = await response.text().catch(() => "");
    const cls = errorClassFor(response.status);
    throw new cls(response.status, text.slice(0, 200) || response.statusText || "upload failed", { headers: response.headers });
  }
  await response.body?.cancel().catch(() => undefined);
}
