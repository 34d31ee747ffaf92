// The TypeScript runtime's wire encodings (parameter styles, form and multipart bodies) give the same bytes as
// the Python runtime's for the same values: CASES names the Python runtime's answers (test_typescript.py
// writes them with generated/framelane's _encoding), SDK_DIST the compiled package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const encoding = await import(pathToFileURL(join(process.env.SDK_DIST, "core", "encoding.js")).href);
const cases = JSON.parse(readFileSync(process.env.CASES, "utf8"));

function encode(c) {
  const styles = c.style ? { [c.name ?? "id"]: c.style } : {};
  switch (c.fn) {
    case "path":
      return encoding.formatPath("/x/{id}", { id: c.value }, styles);
    case "header":
      return encoding.headerValue(c.value, c.style ?? undefined);
    case "query":
      return encoding.encodeQuery({ [c.name]: c.value }, styles);
    case "form":
      return encoding.encodeForm({ [c.name]: c.value }, styles);
    case "cookie":
      return encoding.encodeCookies({ [c.name]: c.value }, styles);
    default:
      throw new Error(c.fn);
  }
}

test("parameter styles match the Python runtime", () => {
  const wrong = [];
  for (const c of cases.filter((x) => x.fn !== "multipart")) {
    const got = encode(c);
    if (got !== c.expected) wrong.push(`${c.fn} ${JSON.stringify(c.value)} ${JSON.stringify(c.style)}: ${got} != ${c.expected}`);
  }
  assert.deepEqual(wrong, []);
});

test("a multipart body matches the Python runtime's bytes", async () => {
  for (const c of cases.filter((x) => x.fn === "multipart")) {
    const bytes = await encoding.encodeMultipart(c.value, {}, "BOUNDARY");
    assert.equal(new TextDecoder().decode(bytes), c.expected);
  }
});
