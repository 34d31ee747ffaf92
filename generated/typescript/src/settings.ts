import type { Scheme } from "./core/auth.js";
import type { WebhookSettings } from "./core/webhooks.js";

export const PACKAGE_NAME = "@framelane/sdk";
export const VERSION = "1.0.0";
export const DEFAULT_BASE_URL = "https://api.framelane.io";
export const ENV_BASE_URL = "FRAMELANE_BASE_URL";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
  bearerAuth: { send: "bearer", name: "", options: ["apiKey"], env: ["FRAMELANE_API_KEY"] },
};

export const WEBHOOKS: WebhookSettings = {
  signatureHeader: "Framelane-Signature",
  tolerance: 300,
  secretEnv: "FRAMELANE_WEBHOOK_SECRET",
};
