import type { Scheme } from "./core/auth.js";

export const PACKAGE_NAME = "golden-primitives";
export const VERSION = "1.0";
export const DEFAULT_BASE_URL = "https://api.example.com/v1";
export const ENV_BASE_URL = "GOLDEN_PRIMITIVES_BASE_URL";
export const IDEMPOTENCY_HEADER = "";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
};
