// The API's types (Framelane API 1.0.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

/**
 * An API key as listed: everything except the secret itself.
 */
export interface ApiKey {
  /**
   * Key id, starting with `key_`; use it to revoke the key.
   */
  id: string;
  /**
   * Label given at creation.
   */
  name: string;
  /**
   * First characters of the key, to recognise it without revealing it.
   */
  key_prefix: string;
  /**
   * When the key was created (UTC).
   */
  created_at: string;
  /**
   * When the key last authenticated a request; null if never used.
   */
  last_used_at?: string | null;
  /**
   * When the key was revoked; null while it is active.
   */
  revoked_at?: string | null;
}

/**
 * Body of `POST /v1/api-keys`.
 */
export interface ApiKeyCreateRequest {
  /**
   * Label that helps you recognise the key.
   */
  name: string;
}

/**
 * A newly created API key, including the plaintext `key`. This is the only response that carries it.
 */
export interface ApiKeyCreated {
  /**
   * Key id, starting with `key_`; use it to revoke the key.
   */
  id: string;
  /**
   * Label given at creation.
   */
  name: string;
  /**
   * First characters of the key, to recognise it without revealing it.
   */
  key_prefix: string;
  /**
   * When the key was created (UTC).
   */
  created_at: string;
  /**
   * The secret key itself. It is shown only in this response; store it safely.
   */
  key: string;
  /**
   * When the key last authenticated a request; null if never used.
   */
  last_used_at?: string | null;
  /**
   * When the key was revoked; null while it is active.
   */
  revoked_at?: string | null;
}

/**
 * A page of the workspace's API keys, revoked ones included, newest first.
 */
export interface ApiKeyList {
  /**
   * The items of this page.
   */
  data: Array<ApiKey>;
  /**
   * Pass as `cursor` to get the next page; null on the last page.
   */
  next_cursor: string | null;
  /**
   * Whether another page follows.
   */
  has_more: boolean;
}

/**
 * A media file in Framelane storage, as announced by the `asset.ready` event after an upload or an import. Fields that do not apply or could not be measured are null.
 */
export interface Asset {
  /**
   * Id of the asset.
   */
  id: string;
  /**
   * Framelane CDN URL of the file, usable as `source_url`.
   */
  source_url: string;
  /**
   * Media family of the file.
   */
  kind: AssetKind;
  /**
   * MIME type of the file.
   */
  content_type?: string | null;
  /**
   * Length in seconds (video and audio).
   */
  duration?: number | null;
  /**
   * Width in pixels (video and images).
   */
  width?: number | null;
  /**
   * Height in pixels (video and images).
   */
  height?: number | null;
  /**
   * File size in bytes.
   */
  size_bytes?: number | null;
  /**
   * When the asset was created (UTC).
   */
  created_at: string;
}

/**
 * Media family of an uploaded or imported file.
 */
export type AssetKind = "video" | "audio" | "image" | "font" | (string & {});

/**
 * Payload of the `asset.ready` webhook event. An upload or import finished and its metadata (duration, dimensions) is known.
 */
export interface AssetReadyEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `asset.ready` here.
   */
  type: "asset.ready";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The asset that became ready.
   */
  data: Asset;
}

/**
 * A sound track on the timeline (music, voice-over). Audio elements have no visual fields.
 */
export interface AudioElement {
  /**
   * Element type; always `audio` for this variant.
   */
  type: "audio";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Public HTTPS URL of the audio file (your own host, an upload or an import). It must stay reachable for at least an hour after submission and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Where playback starts inside the source, in seconds.
   */
  in_point?: number;
  /**
   * Where playback stops inside the source, in seconds; must be greater than `in_point`. Defaults to the end of the source.
   */
  out_point?: number;
  /**
   * Playback speed factor.
   */
  speed?: number;
  /**
   * Loudness in percent. Required for audio elements.
   */
  volume: number;
  /**
   * Length of the audio fade-in at the start, in seconds.
   */
  fade_in_duration?: number;
  /**
   * Length of the audio fade-out at the end, in seconds.
   */
  fade_out_duration?: number;
}

/**
 * What a request sends for AudioElement.
 */
export interface AudioElementParam {
  /**
   * Element type; always `audio` for this variant.
   */
  type: "audio";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Public HTTPS URL of the audio file (your own host, an upload or an import). It must stay reachable for at least an hour after submission and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Where playback starts inside the source, in seconds.
   */
  in_point?: number;
  /**
   * Where playback stops inside the source, in seconds; must be greater than `in_point`. Defaults to the end of the source.
   */
  out_point?: number;
  /**
   * Playback speed factor.
   */
  speed?: number;
  /**
   * Loudness in percent. Required for audio elements.
   */
  volume: number;
  /**
   * Length of the audio fade-in at the start, in seconds.
   */
  fade_in_duration?: number;
  /**
   * Length of the audio fade-out at the end, in seconds.
   */
  fade_out_duration?: number;
}

/**
 * How an element's pixels are combined with what lies beneath it.
 */
export type BlendMode = "none" | "multiply" | "screen" | "overlay" | "darken" | "lighten" | "color_dodge" | "color_burn" | "hard_light" | "soft_light" | (string & {});

/**
 * Catalogue of what renders and tasks can use today: effects, motions, transitions, input and output formats, element types, task parameters, fonts, numeric ranges, global limits and rate limits, each marked as supported or not. The shape evolves with the service, so it is left open; validate requests against it to avoid 422s.
 */
export type Capabilities = { [key: string]: unknown };

/**
 * Colour range keyed out by the `chroma_key` effect, as hue, saturation and luminance bounds. Omitted bounds use the engine's defaults.
 */
export interface ChromaKeySettings {
  /**
   * Lower bound of the hue to remove.
   */
  hue_min?: number;
  /**
   * Upper bound of the hue to remove.
   */
  hue_max?: number;
  /**
   * Lower bound of the saturation to remove.
   */
  sat_min?: number;
  /**
   * Upper bound of the saturation to remove.
   */
  sat_max?: number;
  /**
   * Lower bound of the luminance to remove.
   */
  lum_min?: number;
  /**
   * Upper bound of the luminance to remove.
   */
  lum_max?: number;
}

/**
 * What a request sends for ChromaKeySettings.
 */
export interface ChromaKeySettingsParam {
  /**
   * Lower bound of the hue to remove.
   */
  hue_min?: number;
  /**
   * Upper bound of the hue to remove.
   */
  hue_max?: number;
  /**
   * Lower bound of the saturation to remove.
   */
  sat_min?: number;
  /**
   * Upper bound of the saturation to remove.
   */
  sat_max?: number;
  /**
   * Lower bound of the luminance to remove.
   */
  lum_min?: number;
  /**
   * Upper bound of the luminance to remove.
   */
  lum_max?: number;
}

/**
 * A group of elements rendered as one layer. Part of the request schema, but the renderer does not accept compositions yet: a request containing one is rejected. Reserved for a future release.
 */
export interface CompositionElement {
  /**
   * Element type; always `composition` for this variant.
   */
  type: "composition";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: BlendMode;
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * The nested timeline: elements placed inside this composition, timed relative to its start.
   */
  elements?: Array<Element>;
}

/**
 * What a request sends for CompositionElement.
 */
export interface CompositionElementParam {
  /**
   * Element type; always `composition` for this variant.
   */
  type: "composition";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: "none" | "multiply" | "screen" | "overlay" | "darken" | "lighten" | "color_dodge" | "color_burn" | "hard_light" | "soft_light";
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * The nested timeline: elements placed inside this composition, timed relative to its start.
   */
  elements?: Array<ElementParam>;
}

/**
 * A length, position, angle or scale: a number (pixels, or degrees for rotations) or a string with a unit, such as `"50%"` (of the canvas), `"0°"` or `"0deg"`.
 */
export type Dimension = number | string;

/**
 * Timing curve of a motion preset.
 */
export type Easing = "linear" | "ease_in" | "ease_out" | "ease_in_out" | (string & {});

/**
 * A visual effect applied to a video or image element.
 */
export interface Effect {
  /**
   * Which effect to apply: a known `EffectType` or any newer effect name.
   */
  type: EffectType;
  /**
   * Strength of the effect, in percent.
   */
  intensity?: number;
  /**
   * Colour range to key out; only used by the `chroma_key` effect.
   */
  chroma_settings?: ChromaKeySettings;
}

/**
 * What a request sends for Effect.
 */
export interface EffectParam {
  /**
   * Which effect to apply: a known `EffectType` or any newer effect name.
   */
  type: "vintage" | "polaroid" | "portra" | "super8" | "filmic" | "add_grain" | "rgb_split" | "ghosting" | "displacement_map" | "posterize" | "mosaic" | "mosaic_blur" | "mosaic_posterize" | "cc_halftone" | "cc_halftone_blue" | "cc_halftone_green" | "cc_halftone_red" | "invert" | "optics_compensation" | "viewfinder" | "night_vision" | "thermal" | "camera_lens_blur" | "camera_lens_blur_bg" | "box_blur" | "lens_flare" | "strobe_light" | "snow" | "glow" | "sepia" | "echo" | "chromatic_aberration" | "vhs" | "vhs_overlay" | "crt" | "television" | "glitch" | "compression_glitch" | "scanlines" | "prism" | "light_leaks" | "film_burn" | "chroma_key" | "duotone" | "cross_process" | "bleach_bypass";
  /**
   * Strength of the effect, in percent.
   */
  intensity?: number;
  /**
   * Colour range to key out; only used by the `chroma_key` effect.
   */
  chroma_settings?: ChromaKeySettingsParam;
}

/**
 * Effects known when this document was written. The service adds effects over time, so fields that take an effect accept any string; `GET /v1/capabilities` lists what is supported right now.
 */
export type EffectType = "vintage" | "polaroid" | "portra" | "super8" | "filmic" | "add_grain" | "rgb_split" | "ghosting" | "displacement_map" | "posterize" | "mosaic" | "mosaic_blur" | "mosaic_posterize" | "cc_halftone" | "cc_halftone_blue" | "cc_halftone_green" | "cc_halftone_red" | "invert" | "optics_compensation" | "viewfinder" | "night_vision" | "thermal" | "camera_lens_blur" | "camera_lens_blur_bg" | "box_blur" | "lens_flare" | "strobe_light" | "snow" | "glow" | "sepia" | "echo" | "chromatic_aberration" | "vhs" | "vhs_overlay" | "crt" | "television" | "glitch" | "compression_glitch" | "scanlines" | "prism" | "light_leaks" | "film_burn" | "chroma_key" | "duotone" | "cross_process" | "bleach_bypass" | (string & {});

/**
 * One item of the timeline, chosen by its `type`. The set of element types may grow.
 */
export type Element = VideoElement | AudioElement | TextElement | ImageElement | CompositionElement | UnknownElement;

/**
 * What a request sends for Element.
 */
export type ElementParam = VideoElementParam | AudioElementParam | TextElementParam | ImageElementParam | CompositionElementParam;

/**
 * What went wrong.
 */
export interface ErrorBody {
  /**
   * Machine-readable error code; branch on this, not on `message`. The catalogue (new codes may be added):
   * - `invalid_request` (400): the request could not be read: the body is not valid JSON, or is not a JSON object.
   * - `unauthorized` (401): the `Authorization` header is missing, malformed, or names an unknown or revoked key.
   * - `quota_exceeded` (402): the workspace has used up its render minutes for the billing period.
   * - `email_not_verified` (403): a self-serve key is used before its signup e-mail code was verified.
   * - `not_found` (404): no resource with that id exists in your workspace.
   * - `conflict` (409): the request clashes with the current state of a resource.
   * - `idempotency_key_reused` (409): an `Idempotency-Key` seen in the last 24 hours comes with a different body.
   * - `job_not_cancellable` (409): the job is already completed, failed or cancelled.
   * - `job_not_completed` (409): a download was asked for before the job completed.
   * - `validation_error` (422): the body or query breaks the schema or a cross-field rule; `details` says where.
   * - `unsupported_content_type` (422): `POST /v1/uploads` was given a MIME type outside the allow-list.
   * - `rate_limited` (429): too many requests; wait `Retry-After` seconds.
   * - `internal_error` (500): an unexpected failure on Framelane's side.
   * - `service_unavailable` (503): the service is briefly overloaded or in maintenance; wait `Retry-After` seconds.
   */
  code: ErrorCode;
  /**
   * Human-readable explanation; wording may change.
   */
  message: string;
  /**
   * Extra machine-readable context, when there is any: a `ValidationErrorDetails` for `validation_error`, otherwise an object whose content depends on the code.
   */
  details?: ValidationErrorDetails | { [key: string]: unknown } | null;
}

/**
 * Machine-readable error codes the API returns in `error.code`. New codes may appear, so the `code` field also accepts any string.
 */
export type ErrorCode = "invalid_request" | "unauthorized" | "quota_exceeded" | "email_not_verified" | "not_found" | "conflict" | "idempotency_key_reused" | "job_not_cancellable" | "job_not_completed" | "validation_error" | "unsupported_content_type" | "rate_limited" | "internal_error" | "service_unavailable" | (string & {});

/**
 * The envelope of every error response (4xx and 5xx).
 */
export interface ErrorResponse {
  /**
   * The error.
   */
  error: ErrorBody;
}

/**
 * Style variant of a text element's font.
 */
export type FontStyle = "normal" | "italic" | "bold" | "bolditalic" | (string & {});

/**
 * Body of `POST /v1/tasks/gaze-redirect`: turns the eyes of a person on screen towards the camera.
 */
export interface GazeRedirectTaskRequest {
  /**
   * URL of a video showing a face. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Metadata;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null;
  /**
   * How far the gaze is moved: 0 leaves it as it is, 1 looks straight into the camera.
   */
  intensity?: number;
}

/**
 * A still image on the timeline.
 */
export interface ImageElement {
  /**
   * Element type; always `image` for this variant.
   */
  type: "image";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it. Required on image elements.
   */
  id: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Public HTTPS URL of the image (your own host, an upload or an import). It must stay reachable for at least an hour after submission and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * How long the image stays on screen, in seconds.
   */
  duration: number;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: BlendMode;
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * Corner radius of the element's box.
   */
  border_radius?: Dimension;
  /**
   * Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.
   */
  border_color?: string | null;
  /**
   * Border thickness.
   */
  border_width?: Dimension;
  /**
   * Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.
   */
  shadow_color?: string | null;
  /**
   * Blur radius of the drop shadow.
   */
  shadow_blur?: Dimension;
  /**
   * Horizontal offset of the drop shadow.
   */
  shadow_x?: Dimension;
  /**
   * Vertical offset of the drop shadow.
   */
  shadow_y?: Dimension;
  /**
   * Part of the source cut away at the top, as a fraction of its size.
   */
  crop_top?: number;
  /**
   * Part of the source cut away at the bottom, as a fraction of its size.
   */
  crop_bottom?: number;
  /**
   * Part of the source cut away at the left, as a fraction of its size.
   */
  crop_left?: number;
  /**
   * Part of the source cut away at the right, as a fraction of its size.
   */
  crop_right?: number;
  /**
   * Brightness adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  brightness?: number;
  /**
   * Contrast adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  contrast?: number;
  /**
   * Saturation adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  saturation?: number;
  /**
   * Exposure adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  exposure?: number;
  /**
   * Sharpening amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  sharpness?: number;
  /**
   * Blur amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  blur?: number;
  /**
   * Film-grain noise amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  noise?: number;
  /**
   * Vignette strength; 0 leaves the source unchanged. Passed to the engine as given.
   */
  vignette?: number;
  /**
   * Hue rotation; 0 leaves the source unchanged. Passed to the engine as given.
   */
  hue_rotate?: number;
  /**
   * URL of a colour look-up table applied to the element.
   */
  lut_url?: string | null;
  /**
   * Strength of the look-up table, in percent.
   */
  lut_intensity?: number;
  /**
   * Visual effects applied to the element, in order.
   */
  effects?: Array<Effect>;
  /**
   * Motion presets played on the element.
   */
  motion?: Array<Motion>;
}

/**
 * What a request sends for ImageElement.
 */
export interface ImageElementParam {
  /**
   * Element type; always `image` for this variant.
   */
  type: "image";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it. Required on image elements.
   */
  id: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Public HTTPS URL of the image (your own host, an upload or an import). It must stay reachable for at least an hour after submission and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * How long the image stays on screen, in seconds.
   */
  duration: number;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: "none" | "multiply" | "screen" | "overlay" | "darken" | "lighten" | "color_dodge" | "color_burn" | "hard_light" | "soft_light";
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * Corner radius of the element's box.
   */
  border_radius?: Dimension;
  /**
   * Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.
   */
  border_color?: string | null;
  /**
   * Border thickness.
   */
  border_width?: Dimension;
  /**
   * Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.
   */
  shadow_color?: string | null;
  /**
   * Blur radius of the drop shadow.
   */
  shadow_blur?: Dimension;
  /**
   * Horizontal offset of the drop shadow.
   */
  shadow_x?: Dimension;
  /**
   * Vertical offset of the drop shadow.
   */
  shadow_y?: Dimension;
  /**
   * Part of the source cut away at the top, as a fraction of its size.
   */
  crop_top?: number;
  /**
   * Part of the source cut away at the bottom, as a fraction of its size.
   */
  crop_bottom?: number;
  /**
   * Part of the source cut away at the left, as a fraction of its size.
   */
  crop_left?: number;
  /**
   * Part of the source cut away at the right, as a fraction of its size.
   */
  crop_right?: number;
  /**
   * Brightness adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  brightness?: number;
  /**
   * Contrast adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  contrast?: number;
  /**
   * Saturation adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  saturation?: number;
  /**
   * Exposure adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  exposure?: number;
  /**
   * Sharpening amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  sharpness?: number;
  /**
   * Blur amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  blur?: number;
  /**
   * Film-grain noise amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  noise?: number;
  /**
   * Vignette strength; 0 leaves the source unchanged. Passed to the engine as given.
   */
  vignette?: number;
  /**
   * Hue rotation; 0 leaves the source unchanged. Passed to the engine as given.
   */
  hue_rotate?: number;
  /**
   * URL of a colour look-up table applied to the element.
   */
  lut_url?: string | null;
  /**
   * Strength of the look-up table, in percent.
   */
  lut_intensity?: number;
  /**
   * Visual effects applied to the element, in order.
   */
  effects?: Array<EffectParam>;
  /**
   * Motion presets played on the element.
   */
  motion?: Array<MotionParam>;
}

/**
 * Body of `POST /v1/imports`: asks Framelane to fetch a remote file into its storage.
 */
export interface ImportRequest {
  /**
   * Where to fetch the file from: a public URL, a Dropbox or Google Drive share link, or a YouTube URL.
   */
  url: string;
  /**
   * File name hinting the extension when the URL has none.
   */
  filename?: string | null;
}

/**
 * State of an import: `processing` while the file is fetched, `ready` once `source_url` can be used, `failed` when it could not be fetched (see `error`).
 */
export type ImportStatus = "processing" | "ready" | "failed" | (string & {});

/**
 * A remote file being copied into Framelane storage. Poll it until `status` is `ready` (or handle the `asset.ready` webhook), then use `source_url`.
 */
export interface ImportType {
  /**
   * Import id, starting with `import_`.
   */
  id: string;
  /**
   * Progress of the import.
   */
  status: ImportStatus;
  /**
   * Framelane CDN URL of the file; null until the import is ready.
   */
  source_url?: string | null;
  /**
   * When the import was requested (UTC).
   */
  created_at?: string;
  /**
   * Why the import failed; null unless `status` is `failed`.
   */
  error?: JobError | null;
}

/**
 * An asynchronous unit of work: a render or an AI task. The same shape serves both; `kind` tells them apart and `task_type` names the task.
 */
export interface Job {
  /**
   * Job id: `render_...` for renders, `task_...` for tasks. Treat it as opaque.
   */
  id: string;
  /**
   * Whether this is a render or a task.
   */
  kind: JobKind;
  /**
   * Id of the workspace that owns the job.
   */
  workspace_id: string;
  /**
   * Where the job is in its lifecycle.
   */
  status: JobStatus;
  /**
   * When the job was submitted (UTC).
   */
  created_at: string;
  /**
   * When the job last changed (UTC).
   */
  updated_at: string;
  /**
   * Which AI task this is; null for renders.
   */
  task_type?: TaskType | null;
  /**
   * Progress reported by the engine, in percent.
   */
  progress_percent?: number | null;
  /**
   * Phase the running job is in.
   */
  progress_stage?: ProgressStage | null;
  /**
   * The artifact; set once `status` is `completed`.
   */
  output?: JobOutput | null;
  /**
   * The failure; set when `status` is `failed`.
   */
  error?: JobError | null;
  /**
   * The key/value pairs given at submission.
   */
  metadata?: Metadata | null;
  /**
   * When the job reached a terminal status (UTC).
   */
  completed_at?: string | null;
}

/**
 * Why a job (or an import) failed. Known codes include `invalid_source` and `source_not_found`.
 */
export interface JobError {
  /**
   * Machine-readable reason, such as `invalid_source` or `source_not_found`.
   */
  code: string;
  /**
   * Human-readable explanation.
   */
  message: string;
  /**
   * Extra context about the failure, when there is any.
   */
  details?: { [key: string]: unknown } | null;
}

/**
 * What produced a job: `render` for `POST /v1/renders`, `task` for the `POST /v1/tasks/*` endpoints.
 */
export type JobKind = "render" | "task" | (string & {});

/**
 * A page of jobs, newest first.
 */
export interface JobList {
  /**
   * The items of this page.
   */
  data: Array<Job>;
  /**
   * Pass as `cursor` to get the next page; null on the last page.
   */
  next_cursor: string | null;
  /**
   * Whether another page follows.
   */
  has_more: boolean;
}

/**
 * The artifact of a completed job. Fields the engine cannot know (for example dimensions of a transcript) are null.
 */
export interface JobOutput {
  /**
   * Signed URL of the artifact. It expires; `GET .../download` always gives a fresh one.
   */
  url?: string | null;
  /**
   * Width of the artifact in pixels.
   */
  width?: number | null;
  /**
   * Height of the artifact in pixels.
   */
  height?: number | null;
  /**
   * Length of the artifact in seconds.
   */
  duration?: number | null;
  /**
   * Size of the artifact file in bytes.
   */
  size_bytes?: number | null;
}

/**
 * Lifecycle state of a job. `ingesting`: external source files are being copied into Framelane storage first. `queued`: waiting for a worker. `processing`: the engine is working on it. `completed`: the artifact is ready at `output.url`. `failed`: see `error.code`. `cancelled`: stopped through the cancel endpoint. The last three are terminal and never change again.
 */
export type JobStatus = "ingesting" | "queued" | "processing" | "completed" | "failed" | "cancelled" | (string & {});

/**
 * Your own key/value pairs (string values). They are stored with the job and echoed back in every job response and webhook payload.
 */
export type Metadata = { [key: string]: string };

/**
 * A ready-made animation preset played on an element (there are no free-form keyframes).
 */
export interface Motion {
  /**
   * Which preset to play: a known `MotionType` or any newer preset name.
   */
  type: MotionType;
  /**
   * When the preset starts, in seconds on the render's timeline.
   */
  time: number;
  /**
   * How long the preset plays, in seconds.
   */
  duration: number;
  /**
   * Timing curve of the preset.
   */
  easing?: Easing;
  /**
   * Play the preset backwards, turning an entrance into an exit.
   */
  reversed?: boolean;
  /**
   * Animate the element as a whole or each character separately (text elements only).
   */
  scope?: MotionScope;
  /**
   * Extra wait before the preset starts, in seconds.
   */
  delay?: number;
  /**
   * Repeat the preset for as long as the element is visible.
   */
  loop?: boolean;
}

/**
 * What a request sends for Motion.
 */
export interface MotionParam {
  /**
   * Which preset to play: a known `MotionType` or any newer preset name.
   */
  type: "fade" | "slide_up" | "slide_down" | "slide_left" | "slide_right" | "zoom_in" | "zoom_out" | "rotate_cw" | "rotate_ccw" | "bounce" | "wipe_left" | "wipe_right" | "wipe_up" | "wipe_down" | "ken_burns_in" | "ken_burns_out" | "ken_burns_in_out" | "loop_wiggle" | "loop_rotate" | "loop_rotate_smooth" | "loop_3d_spin" | "loop_3d_sway" | "blur" | "bounce_motion" | "explode" | "evaporate" | "overlay" | "difference" | "rubber_in" | "whip_up" | "whip_down" | "glitch_pop" | "drift_in" | "drift_out" | "loop_breathe" | "loop_shimmer" | "swing_in" | "swing_out" | "elastic_rise" | "elastic_drop" | "tilt_zoom" | "loop_orbit" | "smooth_pop";
  /**
   * When the preset starts, in seconds on the render's timeline.
   */
  time: number;
  /**
   * How long the preset plays, in seconds.
   */
  duration: number;
  /**
   * Timing curve of the preset.
   */
  easing?: "linear" | "ease_in" | "ease_out" | "ease_in_out";
  /**
   * Play the preset backwards, turning an entrance into an exit.
   */
  reversed?: boolean;
  /**
   * Animate the element as a whole or each character separately (text elements only).
   */
  scope?: "element" | "character";
  /**
   * Extra wait before the preset starts, in seconds.
   */
  delay?: number;
  /**
   * Repeat the preset for as long as the element is visible.
   */
  loop?: boolean;
}

/**
 * What a motion preset moves: the whole element, or each character on its own (`character`, text elements only).
 */
export type MotionScope = "element" | "character" | (string & {});

/**
 * Motion presets known when this document was written. The list grows, so fields that take a motion accept any string; `GET /v1/capabilities` lists what is supported right now.
 */
export type MotionType = "fade" | "slide_up" | "slide_down" | "slide_left" | "slide_right" | "zoom_in" | "zoom_out" | "rotate_cw" | "rotate_ccw" | "bounce" | "wipe_left" | "wipe_right" | "wipe_up" | "wipe_down" | "ken_burns_in" | "ken_burns_out" | "ken_burns_in_out" | "loop_wiggle" | "loop_rotate" | "loop_rotate_smooth" | "loop_3d_spin" | "loop_3d_sway" | "blur" | "bounce_motion" | "explode" | "evaporate" | "overlay" | "difference" | "rubber_in" | "whip_up" | "whip_down" | "glitch_pop" | "drift_in" | "drift_out" | "loop_breathe" | "loop_shimmer" | "swing_in" | "swing_out" | "elastic_rise" | "elastic_drop" | "tilt_zoom" | "loop_orbit" | "smooth_pop" | (string & {});

/**
 * Container (and codec family) of a render's artifact. Still-image formats (`png`, `jpg`) produce one frame; alpha output needs `webm` or `mov`.
 */
export type OutputFormat = "mp4" | "webm" | "mov" | "gif" | "png" | "jpg" | (string & {});

/**
 * Billing plan of a workspace.
 */
export type Plan = "free" | "pro" | "enterprise" | (string & {});

/**
 * Billing state of the workspace's plan.
 */
export type PlanStatus = "active" | "past_due" | "cancelled" | "trialing" | (string & {});

/**
 * The phase a running job is in, reported next to `progress_percent`.
 */
export type ProgressStage = "downloading" | "compositing" | "encoding" | "uploading" | (string & {});

/**
 * Body of `POST /v1/tasks/remove-background`: removes the background of an image or video; the output has a transparent background.
 */
export interface RemoveBackgroundTaskRequest {
  /**
   * URL of the image or video to process. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Metadata;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null;
}

/**
 * Payload of the `render.completed` webhook event. A render finished; its artifact is at `data.output.url`.
 */
export interface RenderCompletedEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `render.completed` here.
   */
  type: "render.completed";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The job in its state at the time of the event (including your `metadata`).
   */
  data: Job;
}

/**
 * Payload of the `render.failed` webhook event. A render failed; `data.error` says why.
 */
export interface RenderFailedEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `render.failed` here.
   */
  type: "render.failed";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The job in its state at the time of the event (including your `metadata`).
   */
  data: Job;
}

/**
 * Payload of the `render.progress` webhook event. A render made progress; see `data.progress_percent` and `data.progress_stage`.
 */
export interface RenderProgressEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `render.progress` here.
   */
  type: "render.progress";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The job in its state at the time of the event (including your `metadata`).
   */
  data: Job;
}

/**
 * Body of `POST /v1/renders`: a declarative description of one composition (canvas, output format, timeline elements, transitions) from which the engine produces one artifact. Unknown fields are ignored. Cross-field rules: `width` and `height` come together or not at all; `alpha` needs `output_format` `webm` or `mov`; element ids are unique; a transition joins two different, existing element ids.
 */
export interface RenderRequest {
  /**
   * Output width in pixels. Give it together with `height`; when both are omitted the canvas is 1280×720.
   */
  width?: number;
  /**
   * Output height in pixels. Give it together with `width`.
   */
  height?: number;
  /**
   * Total length in seconds; worked out from the elements when omitted.
   */
  duration?: number;
  /**
   * Frames per second of the output.
   */
  frame_rate?: number;
  /**
   * File format of the artifact.
   */
  output_format?: OutputFormat;
  /**
   * File name of the artifact, without extension; generated when null.
   */
  output_filename?: string | null;
  /**
   * Canvas colour behind all elements, as `#RRGGBBAA` (or `#RRGGBB`).
   */
  background_color?: string;
  /**
   * URL of an image drawn as the canvas background.
   */
  background_image_url?: string | null;
  /**
   * Render with a transparent background (alpha channel). Only valid when `output_format` is `webm` or `mov` (the default `mp4` does not qualify).
   */
  alpha?: boolean;
  /**
   * Timeline elements, in order. Each item is picked by its `type`.
   */
  elements?: Array<Element>;
  /**
   * Transitions between consecutive elements.
   */
  transitions?: Array<Transition>;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Metadata;
  /**
   * Per-job webhook: receives this render's `render.completed`, `render.failed` and `render.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null;
  /**
   * When true, source URLs not hosted by Framelane are first copied into Framelane storage (the job shows `ingesting` meanwhile); when false or null they are read from where they are.
   */
  ingest_external?: boolean | null;
}

/**
 * Speech recognition model used by the transcribe task.
 */
export type SpeechModel = "universal-2" | "universal-3-pro" | "nano" | (string & {});

/**
 * Body of `POST /v1/tasks/super-resolution`: upscales a video or image with AI (up to 4×). The upscale factor is chosen by the service.
 */
export interface SuperResolutionTaskRequest {
  /**
   * URL of the video or image to upscale. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Metadata;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null;
}

/**
 * Payload of the `task.completed` webhook event. An AI task finished; its result is at `data.output.url`.
 */
export interface TaskCompletedEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `task.completed` here.
   */
  type: "task.completed";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The job in its state at the time of the event (including your `metadata`).
   */
  data: Job;
}

/**
 * Payload of the `task.failed` webhook event. An AI task failed; `data.error` says why.
 */
export interface TaskFailedEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `task.failed` here.
   */
  type: "task.failed";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The job in its state at the time of the event (including your `metadata`).
   */
  data: Job;
}

/**
 * Payload of the `task.progress` webhook event. An AI task made progress; see `data.progress_percent` and `data.progress_stage`.
 */
export interface TaskProgressEvent {
  /**
   * Unique id of the event; retried deliveries of the same event carry the same id, so use it to ignore duplicates.
   */
  id: string;
  /**
   * Event type; always `task.progress` here.
   */
  type: "task.progress";
  /**
   * When the event happened (UTC).
   */
  created_at: string;
  /**
   * The job in its state at the time of the event (including your `metadata`).
   */
  data: Job;
}

/**
 * The AI task a task job runs. `remove_background`: cuts the subject out and returns media with a transparent background. `gaze_redirect`: makes on-screen eyes look into the camera. `super_resolution`: upscales the source by a factor of 1 to 4. `transcribe`: speech to text, with optional analysis.
 */
export type TaskType = "remove_background" | "gaze_redirect" | "super_resolution" | "transcribe" | (string & {});

/**
 * Horizontal alignment of the lines of a text element.
 */
export type TextAlign = "left" | "center" | "right" | (string & {});

/**
 * Line drawn with the glyphs of a text element.
 */
export type TextDecoration = "none" | "underline" | "strikethrough" | (string & {});

/**
 * Text drawn on the canvas, optionally as a word-by-word caption track. Text elements have no effects, crop, colour adjustment or LUT fields.
 */
export interface TextElement {
  /**
   * Element type; always `text` for this variant.
   */
  type: "text";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * The text to draw.
   */
  text: string;
  /**
   * How long the text stays on screen, in seconds.
   */
  duration: number;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: BlendMode;
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * Corner radius of the element's box.
   */
  border_radius?: Dimension;
  /**
   * Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.
   */
  border_color?: string | null;
  /**
   * Border thickness.
   */
  border_width?: Dimension;
  /**
   * Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.
   */
  shadow_color?: string | null;
  /**
   * Blur radius of the drop shadow.
   */
  shadow_blur?: Dimension;
  /**
   * Horizontal offset of the drop shadow.
   */
  shadow_x?: Dimension;
  /**
   * Vertical offset of the drop shadow.
   */
  shadow_y?: Dimension;
  /**
   * Font family; any Google Fonts family name.
   */
  font_family?: string;
  /**
   * Font size in pixels.
   */
  font_size?: number;
  /**
   * Font weight, from 100 (thin) to 900 (black).
   */
  font_weight?: number;
  /**
   * Style variant of the font.
   */
  font_style?: FontStyle;
  /**
   * Colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.
   */
  text_color?: string;
  /**
   * Horizontal alignment of the lines.
   */
  text_align?: TextAlign;
  /**
   * Underline or strike-through.
   */
  text_decoration?: TextDecoration;
  /**
   * Extra letter spacing.
   */
  tracking?: number;
  /**
   * Line height, as a multiple of the font size.
   */
  leading?: number;
  /**
   * Outline colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.
   */
  stroke_color?: string | null;
  /**
   * Outline thickness of the glyphs.
   */
  stroke_width?: number;
  /**
   * Colour of the plate drawn behind the text, as `#RRGGBB` or `#RRGGBBAA`.
   */
  background_color?: string | null;
  /**
   * Opacity of the text plate, in percent.
   */
  background_opacity?: number;
  /**
   * Horizontal padding between the text and the edge of its plate.
   */
  x_padding?: Dimension;
  /**
   * Vertical padding between the text and the edge of its plate.
   */
  y_padding?: Dimension;
  /**
   * Draw a plate behind the text. At most one of `background`, `stroke` and `shadow` may be true.
   */
  background?: boolean;
  /**
   * Outline the glyphs. At most one of `background`, `stroke` and `shadow` may be true.
   */
  stroke?: boolean;
  /**
   * Give the glyphs a shadow. At most one of `background`, `stroke` and `shadow` may be true.
   */
  shadow?: boolean;
  /**
   * Whether long lines wrap inside the element's box.
   */
  text_wrap?: TextWrap;
  /**
   * Caption settings; when given, the text becomes a word-by-word caption track.
   */
  word_animation?: WordAnimation | null;
  /**
   * Name of a text animation preset.
   */
  animation_preset?: string | null;
  /**
   * Motion presets played on the element.
   */
  motion?: Array<Motion>;
}

/**
 * What a request sends for TextElement.
 */
export interface TextElementParam {
  /**
   * Element type; always `text` for this variant.
   */
  type: "text";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * The text to draw.
   */
  text: string;
  /**
   * How long the text stays on screen, in seconds.
   */
  duration: number;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: "none" | "multiply" | "screen" | "overlay" | "darken" | "lighten" | "color_dodge" | "color_burn" | "hard_light" | "soft_light";
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * Corner radius of the element's box.
   */
  border_radius?: Dimension;
  /**
   * Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.
   */
  border_color?: string | null;
  /**
   * Border thickness.
   */
  border_width?: Dimension;
  /**
   * Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.
   */
  shadow_color?: string | null;
  /**
   * Blur radius of the drop shadow.
   */
  shadow_blur?: Dimension;
  /**
   * Horizontal offset of the drop shadow.
   */
  shadow_x?: Dimension;
  /**
   * Vertical offset of the drop shadow.
   */
  shadow_y?: Dimension;
  /**
   * Font family; any Google Fonts family name.
   */
  font_family?: string;
  /**
   * Font size in pixels.
   */
  font_size?: number;
  /**
   * Font weight, from 100 (thin) to 900 (black).
   */
  font_weight?: number;
  /**
   * Style variant of the font.
   */
  font_style?: "normal" | "italic" | "bold" | "bolditalic";
  /**
   * Colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.
   */
  text_color?: string;
  /**
   * Horizontal alignment of the lines.
   */
  text_align?: "left" | "center" | "right";
  /**
   * Underline or strike-through.
   */
  text_decoration?: "none" | "underline" | "strikethrough";
  /**
   * Extra letter spacing.
   */
  tracking?: number;
  /**
   * Line height, as a multiple of the font size.
   */
  leading?: number;
  /**
   * Outline colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.
   */
  stroke_color?: string | null;
  /**
   * Outline thickness of the glyphs.
   */
  stroke_width?: number;
  /**
   * Colour of the plate drawn behind the text, as `#RRGGBB` or `#RRGGBBAA`.
   */
  background_color?: string | null;
  /**
   * Opacity of the text plate, in percent.
   */
  background_opacity?: number;
  /**
   * Horizontal padding between the text and the edge of its plate.
   */
  x_padding?: Dimension;
  /**
   * Vertical padding between the text and the edge of its plate.
   */
  y_padding?: Dimension;
  /**
   * Draw a plate behind the text. At most one of `background`, `stroke` and `shadow` may be true.
   */
  background?: boolean;
  /**
   * Outline the glyphs. At most one of `background`, `stroke` and `shadow` may be true.
   */
  stroke?: boolean;
  /**
   * Give the glyphs a shadow. At most one of `background`, `stroke` and `shadow` may be true.
   */
  shadow?: boolean;
  /**
   * Whether long lines wrap inside the element's box.
   */
  text_wrap?: "wrap" | "nowrap";
  /**
   * Caption settings; when given, the text becomes a word-by-word caption track.
   */
  word_animation?: WordAnimationParam | null;
  /**
   * Name of a text animation preset.
   */
  animation_preset?: string | null;
  /**
   * Motion presets played on the element.
   */
  motion?: Array<MotionParam>;
}

/**
 * Whether a text element breaks long lines to fit its box (`wrap`) or keeps each line whole (`nowrap`).
 */
export type TextWrap = "wrap" | "nowrap" | (string & {});

/**
 * Body of `POST /v1/tasks/transcribe`: speech to text with optional analysis. The completed task's `output.url` points to a JSON transcript holding `text`, `words[]` (`text`, `start`, `end` in milliseconds, `confidence`, `speaker`), `utterances[]` and any analysis that was asked for.
 */
export interface TranscribeTaskRequest {
  /**
   * URL of the audio or video to transcribe. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Metadata;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null;
  /**
   * BCP-47 language code of the speech, such as `en`, `de` or `es`; detected automatically when null.
   */
  language?: string | null;
  /**
   * Recognition model to use.
   */
  speech_model?: SpeechModel;
  /**
   * Include a timestamp for every word.
   */
  word_timings?: boolean;
  /**
   * Tell speakers apart (diarisation).
   */
  speaker_labels?: boolean;
  /**
   * How many speakers to expect when `speaker_labels` is on.
   */
  speakers_expected?: number | null;
  /**
   * Score the sentiment of each sentence.
   */
  sentiment_analysis?: boolean;
  /**
   * Detect named entities.
   */
  entity_detection?: boolean;
  /**
   * Extract key phrases.
   */
  auto_highlights?: boolean;
  /**
   * Flag sensitive content.
   */
  content_safety?: boolean;
  /**
   * Classify the topics with the IAB taxonomy.
   */
  iab_categories?: boolean;
  /**
   * Words or phrases the model should favour (names, jargon).
   */
  word_boost?: Array<string>;
}

/**
 * A transition between two consecutive elements of the timeline, named by their ids.
 */
export interface Transition {
  /**
   * Which transition to play: a known `TransitionType` or any newer name, such as `fade`.
   */
  type: TransitionType;
  /**
   * Length of the transition, in seconds.
   */
  duration: number;
  /**
   * `id` of the outgoing element. Must name an element of the request and differ from `to_id`.
   */
  from_id?: string;
  /**
   * `id` of the incoming element. Must name an element of the request.
   */
  to_id?: string;
  /**
   * Stacking order of the transition layer.
   */
  z_index?: number;
}

/**
 * What a request sends for Transition.
 */
export interface TransitionParam {
  /**
   * Which transition to play: a known `TransitionType` or any newer name, such as `fade`.
   */
  type: "cross_dissolve" | "dip_to_black" | "dip_to_white" | "wipe_left" | "wipe_right" | "wipe_up" | "wipe_down" | "diagonal_wipe" | "barn_doors_horizontal" | "barn_doors_vertical" | "iris" | "page_turn" | "cross_zoom" | "gradient_wipe" | "band_wipe" | "box_wipe" | "swirl" | "glitch_memories" | "window_slice" | "cube" | "doorway" | "pinwheel" | "water_drop" | "crosshatch" | "dreamy" | "angular" | "burn" | "heart" | "circle_open" | "color_phase" | "squares_wire";
  /**
   * Length of the transition, in seconds.
   */
  duration: number;
  /**
   * `id` of the outgoing element. Must name an element of the request and differ from `to_id`.
   */
  from_id?: string;
  /**
   * `id` of the incoming element. Must name an element of the request.
   */
  to_id?: string;
  /**
   * Stacking order of the transition layer.
   */
  z_index?: number;
}

/**
 * Transitions known when this document was written. The list grows (and the reference example uses `fade`, which is not in it), so fields that take a transition accept any string; `GET /v1/capabilities` lists what is supported right now.
 */
export type TransitionType = "cross_dissolve" | "dip_to_black" | "dip_to_white" | "wipe_left" | "wipe_right" | "wipe_up" | "wipe_down" | "diagonal_wipe" | "barn_doors_horizontal" | "barn_doors_vertical" | "iris" | "page_turn" | "cross_zoom" | "gradient_wipe" | "band_wipe" | "box_wipe" | "swirl" | "glitch_memories" | "window_slice" | "cube" | "doorway" | "pinwheel" | "water_drop" | "crosshatch" | "dreamy" | "angular" | "burn" | "heart" | "circle_open" | "color_phase" | "squares_wire" | (string & {});

/**
 * A Element whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownElement {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  type?: UnknownTag;
}

/**
 * A WebhookEvent whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownWebhookEvent {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  type?: UnknownTag;
}

/**
 * Body of `POST /v1/uploads`: announces a file you are about to upload.
 */
export interface UploadRequest {
  /**
   * MIME type of the file. Allowed: video/mp4, video/quicktime, video/webm, video/x-msvideo, video/x-matroska, video/mpeg; audio/mpeg, audio/mp4, audio/wav, audio/x-wav, audio/aac, audio/flac, audio/ogg; image/jpeg, image/png, image/webp, image/gif, image/tiff; font/ttf, font/otf, font/woff, font/woff2. Anything else is refused with 422 `unsupported_content_type`. The later PUT must send the same `Content-Type`.
   */
  content_type: string;
  /**
   * Original file name; only its extension is used.
   */
  filename?: string | null;
}

/**
 * A signed upload slot. PUT the whole file to `upload_url` in one request, with the declared `Content-Type` and no `Authorization` header, then use `source_url` in renders and tasks.
 */
export interface UploadResponse {
  /**
   * Signed storage URL to PUT the file bytes to; valid for one hour.
   */
  upload_url: string;
  /**
   * Framelane CDN URL of the file, to pass as `source_url` once the upload is done.
   */
  source_url: string;
  /**
   * When `upload_url` stops accepting the upload (one hour after issue).
   */
  expires_at: string;
}

/**
 * `details` of a `validation_error`: every problem found in the request.
 */
export interface ValidationErrorDetails {
  /**
   * The problems, one item each.
   */
  errors: Array<ValidationErrorItem>;
}

/**
 * One problem found while validating a request.
 */
export interface ValidationErrorItem {
  /**
   * Path to the offending value: where it was (`body`, `query`, `path`, `header`) followed by the field names and array indexes leading to it.
   */
  loc: Array<string | number>;
  /**
   * What is wrong, in plain words.
   */
  message: string;
  /**
   * Machine-readable kind of problem, such as `missing` or `greater_than_equal`.
   */
  type: string;
}

/**
 * A video clip on the timeline. Only MP4, MOV and WebM sources can be rendered; other file extensions are rejected with a 422.
 */
export interface VideoElement {
  /**
   * Element type; always `video` for this variant.
   */
  type: "video";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Public HTTPS URL of the video file (MP4, MOV or WebM) (your own host, an upload or an import). It must stay reachable for at least an hour after submission and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Where playback starts inside the source, in seconds.
   */
  in_point?: number;
  /**
   * Where playback stops inside the source, in seconds; must be greater than `in_point`. Defaults to the end of the source.
   */
  out_point?: number;
  /**
   * Playback speed factor.
   */
  speed?: number;
  /**
   * Loudness of the clip's sound, in percent.
   */
  volume?: number;
  /**
   * Length of the audio fade-in at the start, in seconds.
   */
  fade_in_duration?: number;
  /**
   * Length of the audio fade-out at the end, in seconds.
   */
  fade_out_duration?: number;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: BlendMode;
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * Corner radius of the element's box.
   */
  border_radius?: Dimension;
  /**
   * Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.
   */
  border_color?: string | null;
  /**
   * Border thickness.
   */
  border_width?: Dimension;
  /**
   * Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.
   */
  shadow_color?: string | null;
  /**
   * Blur radius of the drop shadow.
   */
  shadow_blur?: Dimension;
  /**
   * Horizontal offset of the drop shadow.
   */
  shadow_x?: Dimension;
  /**
   * Vertical offset of the drop shadow.
   */
  shadow_y?: Dimension;
  /**
   * Part of the source cut away at the top, as a fraction of its size.
   */
  crop_top?: number;
  /**
   * Part of the source cut away at the bottom, as a fraction of its size.
   */
  crop_bottom?: number;
  /**
   * Part of the source cut away at the left, as a fraction of its size.
   */
  crop_left?: number;
  /**
   * Part of the source cut away at the right, as a fraction of its size.
   */
  crop_right?: number;
  /**
   * Brightness adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  brightness?: number;
  /**
   * Contrast adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  contrast?: number;
  /**
   * Saturation adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  saturation?: number;
  /**
   * Exposure adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  exposure?: number;
  /**
   * Sharpening amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  sharpness?: number;
  /**
   * Blur amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  blur?: number;
  /**
   * Film-grain noise amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  noise?: number;
  /**
   * Vignette strength; 0 leaves the source unchanged. Passed to the engine as given.
   */
  vignette?: number;
  /**
   * Hue rotation; 0 leaves the source unchanged. Passed to the engine as given.
   */
  hue_rotate?: number;
  /**
   * URL of a colour look-up table applied to the element.
   */
  lut_url?: string | null;
  /**
   * Strength of the look-up table, in percent.
   */
  lut_intensity?: number;
  /**
   * Visual effects applied to the element, in order.
   */
  effects?: Array<Effect>;
  /**
   * Motion presets played on the element.
   */
  motion?: Array<Motion>;
}

/**
 * What a request sends for VideoElement.
 */
export interface VideoElementParam {
  /**
   * Element type; always `video` for this variant.
   */
  type: "video";
  /**
   * Your identifier for the element, unique within the request; transitions refer to it.
   */
  id?: string;
  /**
   * Free label for the element; not used for rendering.
   */
  name?: string | null;
  /**
   * Track number the element sits on.
   */
  track?: number | null;
  /**
   * When the element starts, in seconds on the render's timeline.
   */
  time?: number;
  /**
   * Set to false to keep the element in the request without drawing it.
   */
  visible?: boolean;
  /**
   * Public HTTPS URL of the video file (MP4, MOV or WebM) (your own host, an upload or an import). It must stay reachable for at least an hour after submission and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Where playback starts inside the source, in seconds.
   */
  in_point?: number;
  /**
   * Where playback stops inside the source, in seconds; must be greater than `in_point`. Defaults to the end of the source.
   */
  out_point?: number;
  /**
   * Playback speed factor.
   */
  speed?: number;
  /**
   * Loudness of the clip's sound, in percent.
   */
  volume?: number;
  /**
   * Length of the audio fade-in at the start, in seconds.
   */
  fade_in_duration?: number;
  /**
   * Length of the audio fade-out at the end, in seconds.
   */
  fade_out_duration?: number;
  /**
   * Horizontal position of the element's anchor point on the canvas.
   */
  x?: Dimension;
  /**
   * Vertical position of the element's anchor point on the canvas.
   */
  y?: Dimension;
  /**
   * Width of the element, in pixels or relative to the canvas.
   */
  width?: Dimension;
  /**
   * Height of the element, in pixels or relative to the canvas.
   */
  height?: Dimension;
  /**
   * Width-to-height ratio to keep when only one of `width` and `height` decides the size.
   */
  aspect_ratio?: number | null;
  /**
   * Horizontal anchor point inside the element, used for positioning and rotation.
   */
  x_anchor?: Dimension;
  /**
   * Vertical anchor point inside the element, used for positioning and rotation.
   */
  y_anchor?: Dimension;
  /**
   * Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees).
   */
  x_rotation?: Dimension;
  /**
   * Rotation around the vertical axis.
   */
  y_rotation?: Dimension;
  /**
   * Rotation in the plane of the canvas.
   */
  z_rotation?: Dimension;
  /**
   * Horizontal scale factor.
   */
  x_scale?: Dimension;
  /**
   * Vertical scale factor.
   */
  y_scale?: Dimension;
  /**
   * Mirror the element left to right.
   */
  flip_horizontal?: boolean;
  /**
   * Mirror the element top to bottom.
   */
  flip_vertical?: boolean;
  /**
   * Opacity in percent (0 is invisible).
   */
  opacity?: number;
  /**
   * Stacking order: higher values are drawn on top; with equal values the element that comes earlier in `elements` is drawn on top.
   */
  z_index?: number;
  /**
   * How the element is blended with the layers beneath it.
   */
  blend_mode?: "none" | "multiply" | "screen" | "overlay" | "darken" | "lighten" | "color_dodge" | "color_burn" | "hard_light" | "soft_light";
  /**
   * Clip the element's content to its box.
   */
  clip?: boolean;
  /**
   * Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.
   */
  color_overlay?: string | null;
  /**
   * Corner radius of the element's box.
   */
  border_radius?: Dimension;
  /**
   * Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.
   */
  border_color?: string | null;
  /**
   * Border thickness.
   */
  border_width?: Dimension;
  /**
   * Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.
   */
  shadow_color?: string | null;
  /**
   * Blur radius of the drop shadow.
   */
  shadow_blur?: Dimension;
  /**
   * Horizontal offset of the drop shadow.
   */
  shadow_x?: Dimension;
  /**
   * Vertical offset of the drop shadow.
   */
  shadow_y?: Dimension;
  /**
   * Part of the source cut away at the top, as a fraction of its size.
   */
  crop_top?: number;
  /**
   * Part of the source cut away at the bottom, as a fraction of its size.
   */
  crop_bottom?: number;
  /**
   * Part of the source cut away at the left, as a fraction of its size.
   */
  crop_left?: number;
  /**
   * Part of the source cut away at the right, as a fraction of its size.
   */
  crop_right?: number;
  /**
   * Brightness adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  brightness?: number;
  /**
   * Contrast adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  contrast?: number;
  /**
   * Saturation adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  saturation?: number;
  /**
   * Exposure adjustment; 0 leaves the source unchanged. Passed to the engine as given.
   */
  exposure?: number;
  /**
   * Sharpening amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  sharpness?: number;
  /**
   * Blur amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  blur?: number;
  /**
   * Film-grain noise amount; 0 leaves the source unchanged. Passed to the engine as given.
   */
  noise?: number;
  /**
   * Vignette strength; 0 leaves the source unchanged. Passed to the engine as given.
   */
  vignette?: number;
  /**
   * Hue rotation; 0 leaves the source unchanged. Passed to the engine as given.
   */
  hue_rotate?: number;
  /**
   * URL of a colour look-up table applied to the element.
   */
  lut_url?: string | null;
  /**
   * Strength of the look-up table, in percent.
   */
  lut_intensity?: number;
  /**
   * Visual effects applied to the element, in order.
   */
  effects?: Array<EffectParam>;
  /**
   * Motion presets played on the element.
   */
  motion?: Array<MotionParam>;
}

/**
 * A URL registered to receive the workspace's webhook events.
 */
export interface WebhookEndpoint {
  /**
   * Webhook endpoint id.
   */
  id: string;
  /**
   * HTTPS URL the events are POSTed to.
   */
  url: string;
  /**
   * Event types delivered to this endpoint.
   */
  events: Array<WebhookEventType>;
  /**
   * Your note about the endpoint.
   */
  description?: string | null;
  /**
   * Whether events are currently delivered to the endpoint.
   */
  enabled: boolean;
  /**
   * When the endpoint was registered (UTC).
   */
  created_at: string;
  /**
   * When an event was last delivered; null if none yet.
   */
  last_delivery_at?: string | null;
}

/**
 * Body of `POST /v1/webhooks`.
 */
export interface WebhookEndpointCreateRequest {
  /**
   * HTTPS URL (with a valid certificate) that will receive the events.
   */
  url: string;
  /**
   * Event types to deliver; at least one.
   */
  events: Array<WebhookEventType>;
  /**
   * Your note about the endpoint.
   */
  description?: string | null;
}

/**
 * A newly registered webhook endpoint together with its signing secret, which is returned only here.
 */
export interface WebhookEndpointCreated {
  /**
   * Webhook endpoint id.
   */
  id: string;
  /**
   * HTTPS URL the events are POSTed to.
   */
  url: string;
  /**
   * Event types delivered to this endpoint.
   */
  events: Array<WebhookEventType>;
  /**
   * Your note about the endpoint.
   */
  description?: string | null;
  /**
   * Whether events are currently delivered to the endpoint.
   */
  enabled: boolean;
  /**
   * When the endpoint was registered (UTC).
   */
  created_at: string;
  /**
   * When an event was last delivered; null if none yet.
   */
  last_delivery_at?: string | null;
  /**
   * Signing secret of the endpoint (`whsec_...`), used to verify the `Framelane-Signature` header. Shown only in this response; rotate it if lost.
   */
  secret: string;
}

/**
 * A page of webhook endpoints, newest first.
 */
export interface WebhookEndpointList {
  /**
   * The items of this page.
   */
  data: Array<WebhookEndpoint>;
  /**
   * Pass as `cursor` to get the next page; null on the last page.
   */
  next_cursor: string | null;
  /**
   * Whether another page follows.
   */
  has_more: boolean;
}

/**
 * Body of `PATCH /v1/webhooks/{webhook_id}`. Only the fields you send change.
 */
export interface WebhookEndpointUpdateRequest {
  /**
   * New HTTPS URL.
   */
  url?: string;
  /**
   * New list of event types; at least one.
   */
  events?: Array<WebhookEventType>;
  /**
   * New note; null clears it.
   */
  description?: string | null;
  /**
   * Pause (false) or resume (true) deliveries.
   */
  enabled?: boolean;
}

/**
 * Any webhook event, chosen by its `type`.
 */
export type WebhookEvent = RenderCompletedEvent | RenderFailedEvent | RenderProgressEvent | TaskCompletedEvent | TaskFailedEvent | TaskProgressEvent | AssetReadyEvent | UnknownWebhookEvent;

/**
 * Kinds of events Framelane delivers to webhook endpoints.
 */
export type WebhookEventType = "render.completed" | "render.failed" | "render.progress" | "task.completed" | "task.failed" | "task.progress" | "asset.ready" | (string & {});

/**
 * The new signing secret of a webhook endpoint. The previous secret stops working at once.
 */
export interface WebhookSecretRotated {
  /**
   * The new signing secret.
   */
  secret: string;
}

/**
 * One word of a caption track with its timing in seconds on the render's timeline. Words should lie inside the window of their text element.
 */
export interface Word {
  /**
   * The word as displayed.
   */
  text: string;
  /**
   * When the word starts, in seconds.
   */
  start: number;
  /**
   * When the word ends, in seconds.
   */
  end: number;
}

/**
 * Turns a text element into a caption track: the words are highlighted one after another as they are spoken.
 */
export interface WordAnimation {
  /**
   * How the current word is highlighted.
   */
  style: WordAnimationStyle;
  /**
   * Timed words of the caption, in order.
   */
  words: Array<Word>;
}

/**
 * What a request sends for WordAnimation.
 */
export interface WordAnimationParam {
  /**
   * How the current word is highlighted.
   */
  style: "glow" | "box" | "scale_pop" | "slide_up" | "fly_in" | "color";
  /**
   * Timed words of the caption, in order.
   */
  words: Array<WordParam>;
}

/**
 * How the currently spoken word of a caption track is highlighted.
 */
export type WordAnimationStyle = "glow" | "box" | "scale_pop" | "slide_up" | "fly_in" | "color" | (string & {});

/**
 * What a request sends for Word.
 */
export interface WordParam {
  /**
   * The word as displayed.
   */
  text: string;
  /**
   * When the word starts, in seconds.
   */
  start: number;
  /**
   * When the word ends, in seconds.
   */
  end: number;
}

/**
 * The workspace your API key belongs to: the unit of billing and ownership.
 */
export interface Workspace {
  /**
   * Workspace id, starting with `ws_`.
   */
  id: string;
  /**
   * Display name.
   */
  name: string;
  /**
   * When the workspace was created (UTC).
   */
  created_at: string;
  /**
   * Owner's contact e-mail.
   */
  email?: string | null;
  /**
   * Whether the owner's e-mail was confirmed with the signup code.
   */
  email_verified?: boolean;
  /**
   * Billing plan.
   */
  plan?: Plan;
  /**
   * Billing state of the plan.
   */
  plan_status?: PlanStatus;
}

/**
 * Body of `PATCH /v1/workspace`.
 */
export interface WorkspaceUpdate {
  /**
   * New display name.
   */
  name: string;
}

/**
 * Usage totals of the current billing period: rendered minutes, tasks run and bytes served.
 */
export interface WorkspaceUsage {
  /**
   * Start of the billing period (the first of the month, UTC).
   */
  period_start: string;
  /**
   * End of the billing period (exclusive, UTC).
   */
  period_end: string;
  /**
   * Minutes of rendered output so far; one render-minute is one minute of output video.
   */
  render_minutes: number;
  /**
   * Number of AI tasks run so far.
   */
  task_count: number;
  /**
   * Bytes of artifacts downloaded so far.
   */
  egress_bytes: number;
}
