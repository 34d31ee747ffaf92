import type { Scheme } from "./core/auth.js";
import type { WebhookSettings } from "./core/webhooks.js";

export const PACKAGE_NAME = "golden-webhooks";
export const VERSION = "1.0";
export const DEFAULT_BASE_URL = "/";
export const ENV_BASE_URL = "GOLDEN_WEBHOOKS_BASE_URL";
export const IDEMPOTENCY_HEADER = "";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
};

export const WEBHOOKS: WebhookSettings = {
  signatureHeader: "Shop-Signature",
  tolerance: 120,
  secretEnv: "GOLDEN_WEBHOOKS_WEBHOOK_SECRET",
};
