import type { Scheme } from "./core/auth.js";

export const PACKAGE_NAME = "golden-security";
export const VERSION = "1.0";
export const DEFAULT_BASE_URL = "/";
export const ENV_BASE_URL = "GOLDEN_SECURITY_BASE_URL";
export const IDEMPOTENCY_HEADER = "";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
  apiKeyHeader: { send: "header", name: "X-API-Key", options: ["apiKey"], env: ["GOLDEN_SECURITY_API_KEY"] },
};
