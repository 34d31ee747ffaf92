// Every operation of the generated TypeScript client against Prism serving openapi.json in validation mode (a
// request that breaks the spec gets a 422, which the client rejects with). CASES names a JSON file of calls
// (built from the spec by test_typescript.py, with the contract suite's value builder); MOCK_URL the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const sdk = await import(pathToFileURL(join(process.env.SDK_DIST, "index.js")).href);
const cases = JSON.parse(readFileSync(process.env.CASES, "utf8"));
const mock = process.env.MOCK_URL;

// Downloads redirect to a signed URL off the mock: answer those here, as the storage would.
const fetch = (url, init) =>
  url.startsWith(mock) ? globalThis.fetch(url, init) : Promise.resolve(new Response("artifact", { status: 200 }));

for (const c of cases) {
  test(`${c.resource}.${c.method}() (${c.operation})`, async () => {
    const client = new sdk.Framelane({ apiKey: "fl_test_contract_0123456789", baseURL: mock, fetch, maxRetries: 0 });
    const method = client[c.resource][c.method].bind(client[c.resource]);
    const args = [...c.args];
    if (c.params !== null) args.push(c.params);
    const call = method(...args);
    if (c.page) {
      const page = await call;
      assert.ok(Array.isArray(page.data), "a page has its items");
      let count = 0;
      for await (const item of call) {
        assert.equal(typeof item, "object");
        if (++count >= 3) break;
      }
      return;
    }
    const { data, response } = await call.withResponse();
    assert.ok(response.status >= 200 && response.status < 300, `status ${response.status}`);
    if (c.kind === "json") assert.equal(typeof data, "object");
    if (c.kind === "empty") assert.equal(data, undefined);
  });
}
