// The TypeScript runtime's behaviours against a scripted fetch: retries, Retry-After, idempotency reuse,
// pagination, wait() deadlines, webhook signatures, errors, timeouts and abort. SDK_DIST names the compiled
// generated/typescript (tests/typescript/test_typescript.py builds it and runs `node --test` on this file).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dist = process.env.SDK_DIST;
assert.ok(dist, "SDK_DIST must name the compiled package");
const sdk = await import(pathToFileURL(join(dist, "index.js")).href);
const { Framelane } = sdk;

/** A fetch that answers from a script, one answer per call, and records every request. */
function scripted(...answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init, headers: new Headers(init.headers) });
    const next = answers.shift();
    if (next === undefined) throw new Error("no more scripted answers");
    if (typeof next === "function") return next(url, init);
    if (next instanceof Error) throw next;
    const { status = 200, body = {}, headers = {} } = next;
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  };
  return { fetch, calls };
}

function client(fetch, options = {}) {
  const c = new Framelane({ apiKey: "fl_test_secret_key", baseURL: "http://api.test", fetch, ...options });
  c.initialRetryDelay = 1;
  c.maxRetryDelay = 5;
  return c;
}

const job = (status = "queued") => ({
  id: "render_1",
  kind: "render",
  workspace_id: "ws_1",
  status,
  created_at: "2024-01-01T00:00:00Z",
  updated_at: "2024-01-01T00:00:00Z",
});

test("a call sends the key as a bearer token, the JSON body and parses the answer", async () => {
  const { fetch, calls } = scripted({ status: 202, body: job() });
  const result = await client(fetch).renders.create({ width: 1920, height: 1080, output_format: "mp4" });
  assert.equal(result.id, "render_1");
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, "http://api.test/v1/renders");
  assert.equal(calls[0].init.method, "POST");
  assert.equal(calls[0].headers.get("authorization"), "Bearer fl_test_secret_key");
  assert.equal(calls[0].headers.get("content-type"), "application/json");
  assert.deepEqual(JSON.parse(calls[0].init.body), { width: 1920, height: 1080, output_format: "mp4" });
});

test("retries 500 and 429, reusing one Idempotency-Key across the retries", async () => {
  const { fetch, calls } = scripted({ status: 500, body: {} }, { status: 429, body: {} }, { status: 202, body: job() });
  await client(fetch).renders.create({ width: 10, height: 10 });
  assert.equal(calls.length, 3);
  const keys = calls.map((c) => c.headers.get("idempotency-key"));
  assert.ok(keys[0] && keys[0].length >= 16);
  assert.deepEqual(new Set(keys).size, 1);
});

test("each call gets its own Idempotency-Key, and a caller's own key wins", async () => {
  const { fetch, calls } = scripted({ status: 202, body: job() }, { status: 202, body: job() }, { status: 202, body: job() });
  const c = client(fetch);
  await c.renders.create({});
  await c.renders.create({});
  await c.renders.create({ "Idempotency-Key": "mine" });
  const keys = calls.map((x) => x.headers.get("idempotency-key"));
  assert.notEqual(keys[0], keys[1]);
  assert.equal(keys[2], "mine");
});

test("409 is never retried and becomes a ConflictError with code, message, status and request id", async () => {
  const { fetch, calls } = scripted({
    status: 409,
    body: { error: { code: "idempotency_key_reused", message: "Different body." } },
    headers: { "x-request-id": "req_123" },
  });
  await assert.rejects(client(fetch).renders.create({}), (error) => {
    assert.ok(error instanceof sdk.ConflictError);
    assert.ok(error instanceof sdk.FramelaneError);
    assert.equal(error.status, 409);
    assert.equal(error.code, "idempotency_key_reused");
    assert.equal(error.error, "Different body.");
    assert.equal(error.requestId, "req_123");
    return true;
  });
  assert.equal(calls.length, 1);
});

test("typed errors per status, with details", async () => {
  const cases = [
    [400, sdk.BadRequestError],
    [401, sdk.AuthenticationError],
    [403, sdk.PermissionDeniedError],
    [404, sdk.NotFoundError],
    [422, sdk.UnprocessableEntityError],
  ];
  for (const [status, cls] of cases) {
    const { fetch } = scripted({ status, body: { error: { code: "c", message: "m", details: [{ field: "width" }] } } });
    await assert.rejects(client(fetch).renders.retrieve("render_1"), (error) => {
      assert.ok(error instanceof cls, `${status}`);
      assert.deepEqual(error.details, [{ field: "width" }]);
      return true;
    });
  }
  const { fetch } = scripted({ status: 503, body: "down" }, { status: 503, body: "down" }, { status: 503, body: "down" });
  await assert.rejects(client(fetch).renders.retrieve("render_1"), sdk.InternalServerError);
});

test("Retry-After is honoured, and one past the cap fails at once carrying retryAfter", async () => {
  const { fetch, calls } = scripted({ status: 429, body: {}, headers: { "retry-after": "0.05" } }, { status: 200, body: job() });
  const started = Date.now();
  await client(fetch).renders.retrieve("render_1");
  assert.ok(Date.now() - started >= 45, "waited what Retry-After asked");
  assert.equal(calls.length, 2);
  const late = scripted({ status: 429, body: {}, headers: { "retry-after": "3600" } });
  await assert.rejects(client(late.fetch).renders.retrieve("render_1"), (error) => {
    assert.ok(error instanceof sdk.RateLimitError);
    assert.equal(error.retryAfter, 3600);
    return true;
  });
  assert.equal(late.calls.length, 1);
});

test("maxRetries bounds the attempts, per client and per request", async () => {
  const answers = () => Array.from({ length: 5 }, () => ({ status: 502, body: {} }));
  const a = scripted(...answers());
  await assert.rejects(client(a.fetch, { maxRetries: 1 }).renders.retrieve("r"), sdk.InternalServerError);
  assert.equal(a.calls.length, 2);
  const b = scripted(...answers());
  await assert.rejects(client(b.fetch).renders.retrieve("r", {}, { maxRetries: 0 }), sdk.InternalServerError);
  assert.equal(b.calls.length, 1);
});

test("connection errors are retried, then surface as APIConnectionError without the key", async () => {
  const { fetch, calls } = scripted(
    new TypeError("fetch failed fl_test_secret_key"),
    new TypeError("fetch failed fl_test_secret_key"),
    new TypeError("fetch failed fl_test_secret_key"),
  );
  await assert.rejects(client(fetch).renders.retrieve("r"), (error) => {
    assert.ok(error instanceof sdk.APIConnectionError);
    assert.ok(!error.message.includes("fl_test_secret_key"), error.message);
    return true;
  });
  assert.equal(calls.length, 3);
});

test("a timeout aborts the attempt and rejects with APITimeoutError", async () => {
  const hang = (url, init) =>
    new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
  const { fetch, calls } = scripted(hang, hang);
  await assert.rejects(client(fetch, { timeout: 20, maxRetries: 1 }).renders.retrieve("r"), sdk.APITimeoutError);
  assert.equal(calls.length, 2);
});

test("the caller's AbortSignal aborts without retrying", async () => {
  const hang = (url, init) =>
    new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
  const { fetch, calls } = scripted(hang, hang, hang);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 10);
  await assert.rejects(client(fetch).renders.retrieve("r", {}, { signal: controller.signal }), sdk.APIUserAbortError);
  assert.equal(calls.length, 1);
});

test("list pages iterate over every item of every page with the cursor", async () => {
  const { fetch, calls } = scripted(
    { body: { data: [job(), job()], next_cursor: "c2", has_more: true } },
    { body: { data: [job()], next_cursor: null, has_more: false } },
  );
  const c = client(fetch);
  const seen = [];
  for await (const item of c.renders.list({ limit: 2 })) seen.push(item.id);
  assert.equal(seen.length, 3);
  assert.equal(calls[0].url, "http://api.test/v1/renders?limit=2");
  assert.equal(calls[1].url, "http://api.test/v1/renders?limit=2&cursor=c2");
  const again = scripted({ body: { data: [job()], next_cursor: "x", has_more: false } });
  const page = await client(again.fetch).renders.list();
  assert.equal(page.data.length, 1);
  assert.equal(page.hasNextPage(), false);
});

test("wait() polls until a terminal status, long-polling, and rejects at its deadline", async () => {
  const { fetch, calls } = scripted({ body: job("processing") }, { body: job("completed") });
  const done = await client(fetch).renders.wait("render_1", { pollInterval: 1 });
  assert.equal(done.status, "completed");
  assert.equal(calls.length, 2);
  assert.match(calls[0].url, /\/v1\/renders\/render_1\?wait=\d+$/);
  const slow = scripted(...Array.from({ length: 100 }, () => ({ body: job("processing") })));
  const started = Date.now();
  await assert.rejects(client(slow.fetch).renders.wait("render_1", { deadline: 60, pollInterval: 5 }), (error) => {
    assert.ok(error instanceof sdk.WaitTimeoutError);
    assert.equal(error.last.status, "processing");
    return true;
  });
  assert.ok(Date.now() - started < 2000);
});

const secret = "whsec_test";
function signature(body, t = Math.floor(Date.now() / 1000)) {
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

test("webhooks.unwrap() accepts a good signature and returns the typed event", async () => {
  const body = JSON.stringify({ type: "render.completed", data: job("completed") });
  const event = await client(scripted().fetch).webhooks.unwrap(body, { "Framelane-Signature": signature(body) }, { secret });
  assert.equal(event.type, "render.completed");
  const headers = new Headers({ "framelane-signature": `t=1,v1=00,${signature(body, 1).split(",")[1]}` });
  await client(scripted().fetch).webhooks.unwrap(body, headers, { secret, now: 1 });
});

test("webhooks.unwrap() rejects bad signatures, stale timestamps and missing headers", async () => {
  const webhooks = client(scripted().fetch).webhooks;
  const body = JSON.stringify({ type: "render.completed" });
  const bad = [
    [{ "Framelane-Signature": signature(body + " ") }, {}],
    [{ "Framelane-Signature": signature(body).replace(/.$/, "0") === signature(body) ? signature(body).replace(/.$/, "1") : signature(body).replace(/.$/, "0") }, {}],
    [{ "Framelane-Signature": signature(body, 1000) }, {}],
    [{}, {}],
    [{ "Framelane-Signature": "garbage" }, {}],
    [{ "Framelane-Signature": signature(body) }, { secret: "whsec_other" }],
  ];
  for (const [headers, extra] of bad) {
    await assert.rejects(webhooks.unwrap(body, headers, { secret, ...extra }), sdk.WebhookVerificationError);
  }
  const signed = await webhooks.sign(body, { secret, timestamp: 1700000000 });
  await webhooks.verifySignature(body, { "Framelane-Signature": signed }, { secret, now: 1700000100 });
  await assert.rejects(webhooks.verifySignature(body, { "Framelane-Signature": signed }, { secret, now: 1700000301 }));
});

test("withResponse() and asResponse() give the raw response", async () => {
  const { fetch } = scripted({ body: job(), headers: { "x-request-id": "req_9" } }, { body: job() });
  const c = client(fetch);
  const { data, response } = await c.renders.retrieve("render_1").withResponse();
  assert.equal(data.id, "render_1");
  assert.equal(response.headers.get("x-request-id"), "req_9");
  const raw = await c.renders.retrieve("render_1").asResponse();
  assert.equal(raw.status, 200);
});

test("withOptions() copies the client, keeping the key; the key never shows", async () => {
  const { fetch, calls } = scripted({ body: job() });
  const base = client(fetch);
  const copy = base.withOptions({ defaultHeaders: { "X-Extra": "1" } });
  await copy.renders.retrieve("render_1");
  assert.equal(calls[0].headers.get("authorization"), "Bearer fl_test_secret_key");
  assert.equal(calls[0].headers.get("x-extra"), "1");
  const { inspect } = await import("node:util");
  assert.ok(!inspect(base, { depth: 5 }).includes("fl_test_secret_key"));
  assert.ok(!String(base).includes("fl_test_secret_key"));
  assert.ok(!JSON.stringify(base).includes("fl_test_secret_key"));
});

test("a missing key is a clear error before anything is sent; capabilities need none", async () => {
  const saved = process.env.FRAMELANE_API_KEY;
  delete process.env.FRAMELANE_API_KEY;
  try {
    const { fetch, calls } = scripted({ body: {} });
    const c = new Framelane({ baseURL: "http://api.test", fetch });
    await assert.rejects(c.renders.retrieve("r"), /needs credentials.*apiKey.*FRAMELANE_API_KEY/);
    assert.equal(calls.length, 0);
    await c.capabilities.retrieve();
    assert.equal(calls.length, 1);
    assert.equal(calls[0].headers.get("authorization"), null);
  } finally {
    if (saved !== undefined) process.env.FRAMELANE_API_KEY = saved;
  }
});

test("FRAMELANE_API_KEY and FRAMELANE_BASE_URL come from the environment", async () => {
  process.env.FRAMELANE_API_KEY = "fl_from_env";
  process.env.FRAMELANE_BASE_URL = "http://env.test";
  try {
    const { fetch, calls } = scripted({ body: job() });
    await new Framelane({ fetch }).renders.retrieve("a/b");
    assert.equal(calls[0].url, "http://env.test/v1/renders/a%2Fb");
    assert.equal(calls[0].headers.get("authorization"), "Bearer fl_from_env");
  } finally {
    delete process.env.FRAMELANE_API_KEY;
    delete process.env.FRAMELANE_BASE_URL;
  }
});

test("upload() requests a slot and PUTs the bytes without the key; a refused type sends nothing", async () => {
  const slot = { upload_url: "http://storage.test/put?sig=1", source_url: "http://cdn.test/a.mp4", expires_at: "2024-01-01T00:00:00Z" };
  const { fetch, calls } = scripted({ body: slot }, { status: 200, body: "" });
  const result = await client(fetch).uploads.upload(new Uint8Array([1, 2, 3]), { filename: "clip.mp4" });
  assert.equal(result.source_url, "http://cdn.test/a.mp4");
  assert.deepEqual(JSON.parse(calls[0].init.body), { content_type: "video/mp4", filename: "clip.mp4" });
  assert.equal(calls[1].url, slot.upload_url);
  assert.equal(calls[1].init.method, "PUT");
  assert.equal(calls[1].headers.get("content-type"), "video/mp4");
  assert.equal(calls[1].headers.get("authorization"), null);
  const none = scripted();
  await assert.rejects(client(none.fetch).uploads.upload(new Uint8Array([1]), { filename: "x.exe" }), /Cannot upload/);
  assert.equal(none.calls.length, 0);
});

test("an empty answer (204) resolves to undefined", async () => {
  const { fetch } = scripted({ status: 204 });
  assert.equal(await client(fetch).webhooks.delete("wh_1"), undefined);
});

test("a download follows its redirect without sending the key to another origin", async () => {
  const { fetch, calls } = scripted(
    { status: 302, body: "", headers: { location: "https://storage.test/artifact.mp4?sig=1" } },
    { status: 200, body: "bytes", headers: { "content-type": "video/mp4" } },
  );
  const response = await client(fetch).renders.download("render_1");
  assert.equal(await response.text(), "bytes");
  assert.equal(calls.length, 2);
  assert.equal(calls[0].init.redirect, "manual");
  assert.equal(calls[0].headers.get("authorization"), "Bearer fl_test_secret_key");
  assert.equal(calls[1].url, "https://storage.test/artifact.mp4?sig=1");
  assert.equal(calls[1].headers.get("authorization"), null);
});
