import type { Scheme } from "./core/auth.js";

export const PACKAGE_NAME = "golden-parameters";
export const VERSION = "1.0";
export const DEFAULT_BASE_URL = "https://eu.example.com/api";
export const ENV_BASE_URL = "GOLDEN_PARAMETERS_BASE_URL";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
};
