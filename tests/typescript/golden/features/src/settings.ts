import type { Scheme } from "./core/auth.js";

export const PACKAGE_NAME = "golden-features";
export const VERSION = "2.0";
export const DEFAULT_BASE_URL = "https://api.example.com";
export const ENV_BASE_URL = "ACME_BASE_URL";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
  bearer: { send: "bearer", name: "", options: ["apiKey"], env: ["ACME_API_KEY"] },
};
