/**
 * Credentials and how each operation's security requirement is met. A client holds at most one credential per
 * scheme (from its options, else the environment). Each call names its requirement as the spec does:
 * alternatives (any one will do), each a list of schemes (all of them are sent). An empty alternative makes the
 * credentials optional; an empty requirement means the call sends none.
 */

import { ClientError } from "./errors.js";

/** How one scheme sends its credential: `bearer` (OAuth 2 and OpenID Connect tokens too), `basic`,
 * `authorization` (`Authorization: <name> <credential>`), an API key in a `header`, `query` or `cookie`
 * called `name`, or `tls` (configured on the fetch implementation: nothing to send). */
export interface Scheme {
  send: "bearer" | "basic" | "authorization" | "header" | "query" | "cookie" | "tls";
  name: string;
  options: readonly string[];
  env: readonly string[];
}

export type Requirement = readonly (readonly string[])[];

export interface Applied {
  headers: Record<string, string>;
  query: [string, string][];
  cookies: [string, string][];
}

/** An environment variable, where there is an environment (Node, Bun, Deno with permission). */
export function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  try {
    const value = proc?.env?.[name];
    return value === undefined || value === "" ? undefined : value.trim();
  } catch {
    return undefined;
  }
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The credentials a client holds, by scheme; never shown when the client is printed. */
export class Credentials {
  readonly #schemes: Record<string, Scheme>;
  readonly #values: Map<string, string[]> = new Map();

  constructor(schemes: Record<string, Scheme>, given: Record<string, unknown>) {
    this.#schemes = schemes;
    for (const [key, scheme] of Object.entries(schemes)) {
      const values = scheme.options.map((option, index) => {
        const value = given[option];
        if (typeof value === "string" && value !== "") return value;
        if (value === null) return undefined;
        const env = scheme.env[index];
        return env ? readEnv(env) : undefined;
      });
      const first = values[0];
      if (first !== undefined) this.#values.set(key, values.map((v) => v ?? ""));
    }
  }

  /** The option values held, by option name (for `withOptions` copies). */
  options(): Record<string, string> {
    const found: Record<string, string> = {};
    for (const [key, values] of this.#values) {
      const scheme = this.#schemes[key];
      scheme?.options.forEach((option, index) => {
        const value = values[index];
        if (value !== undefined) found[option] = value;
      });
    }
    return found;
  }

  has(key: string): boolean {
    const scheme = this.#schemes[key];
    return scheme !== undefined && (scheme.send === "tls" || this.#values.has(key));
  }

  /** Every secret text a message must not show, longest first. */
  secrets(): string[] {
    const found = new Set<string>();
    for (const [key, values] of this.#values) {
      for (const value of values) if (value.length >= 4) found.add(value);
      if (this.#schemes[key]?.send === "basic") found.add(base64(`${values[0] ?? ""}:${values[1] ?? ""}`));
    }
    return [...found].sort((a, b) => b.length - a.length);
  }

  /** The schemes to send for `requirement`: the first alternative whose every scheme has a credential; none
   * when an empty alternative makes them optional; `null` when no alternative can be met. */
  select(requirement: Requirement): readonly string[] | null {
    if (requirement.length === 0) return [];
    for (const alternative of requirement) {
      if (alternative.length > 0 && alternative.every((key) => this.has(key))) return alternative;
    }
    return requirement.some((alternative) => alternative.length === 0) ? [] : null;
  }

  /** What sends the chosen schemes' credentials. */
  apply(chosen: readonly string[]): Applied {
    const applied: Applied = { headers: {}, query: [], cookies: [] };
    for (const key of chosen) {
      const scheme = this.#schemes[key];
      const values = this.#values.get(key);
      if (!scheme || scheme.send === "tls" || !values) continue;
      const secret = values[0] ?? "";
      switch (scheme.send) {
        case "bearer":
          applied.headers["Authorization"] = `Bearer ${secret}`;
          break;
        case "basic":
          applied.headers["Authorization"] = `Basic ${base64(`${secret}:${values[1] ?? ""}`)}`;
          break;
        case "authorization":
          applied.headers["Authorization"] = `${scheme.name} ${secret}`;
          break;
        case "header":
          applied.headers[scheme.name] = secret;
          break;
        case "query":
          applied.query.push([scheme.name, secret]);
          break;
        case "cookie":
          applied.cookies.push([scheme.name, secret]);
          break;
      }
    }
    return applied;
  }

  /** The options (and environment variables) that would meet `requirement`, for an error message. */
  describe(requirement: Requirement): string {
    const options: string[] = [];
    for (const alternative of requirement) {
      const needed = alternative.filter((key) => !this.has(key)).map((key) => this.#schemes[key]);
      if (needed.length > 0) {
        options.push(
          needed
            .map((s) => (s ? `${s.options.join(" and ")} (or ${s.env.join(", ")})` : "?"))
            .join(" and "),
        );
      }
    }
    return options.join("; or ");
  }

  /** The error of a call whose requirement no held credential meets. */
  missing(method: string, path: string, requirement: Requirement): ClientError {
    return new ClientError(
      `${method} ${path} needs credentials this client does not have: pass ${this.describe(requirement)}.`,
    );
  }

  toString(): string {
    return `Credentials(${[...this.#values.keys()].sort().join(", ")})`;
  }
}
