import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, actionCallRefusal, plainPostRefusal, postHeadersRefusal } from "./page-post";

function formData(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
}
const form = (fields: Record<string, string>) => ({ form: formData(fields) });

describe("postHeadersRefusal", () => {
  it("refuses a foreign origin, an unstated or excessive length, and lets the rest be read", () => {
    expect(postHeadersRefusal({ foreign: true, contentLength: "10" })?.status).toBe(403);
    expect(postHeadersRefusal({ foreign: false, contentLength: null })?.status).toBe(411);
    expect(postHeadersRefusal({ foreign: false, contentLength: "abc" })?.status).toBe(411);
    expect(postHeadersRefusal({ foreign: false, contentLength: String(ACTION_BODY_LIMIT + 1) })?.status).toBe(413);
    expect(postHeadersRefusal({ foreign: false, contentLength: String(ACTION_BODY_LIMIT) })).toBeNull();
  });
});

describe("actionCallRefusal", () => {
  it("takes a call as React sends it: no arguments as text, the form alone, or its state and the form", () => {
    expect(actionCallRefusal({ text: "[]" })).toBeNull();
    expect(actionCallRefusal(form({ "0": '["$K1"]', "1_email": "a@b.vn" }))).toBeNull();
    const state = { status: "invalid", message: "$$5 đồng", at: "$D2026-12-06T00:00:00.000Z", input: { "7": { value: "1" } }, again: "$0:input:7", none: "$undefined" };
    expect(actionCallRefusal(form({ "0": JSON.stringify([state, "$K1"]), "1_period": "2026-Q3" }))).toBeNull();
    // A state React outlined into a part of its own, which the body holds.
    expect(actionCallRefusal(form({ "0": '["$@2","$K1"]', "2": '{"status":"idle"}' }))).toBeNull();
  });

  it.each([
    ["no body that is a form", null],
    ["no arguments part", form({ "1_x": "y" })],
    ["arguments that are not JSON", form({ "0": "xxxx" })],
    ["a single reference instead of arguments", form({ "0": '"$@9999"' })],
    ["arguments that are not a form", form({ "0": "[1,2,3]" })],
    ["text that is not JSON", { text: "xxxx" }],
    ["text naming a part", { text: '"$@9999"' }],
    ["a form sent as text", { text: '["$K1"]' }],
    ["arguments sent as text", { text: "[1,2]" }],
    ["a form that is not the last argument", form({ "0": '["$K1", {}]' })],
    ["a reference to a part the body does not hold", form({ "0": '["$@9999","$K1"]' })],
    ["a reference hidden deep in the state", form({ "0": '[{"a":[{"b":"$Q1f"}]},"$K1"]' })],
    ["a state nested beyond reason", form({ "0": `[${"[".repeat(40)}${"]".repeat(40)},"$K1"]` })],
  ])("refuses %s with 400", (_, body) => {
    expect(actionCallRefusal(body)?.status).toBe(400);
  });
});

describe("plainPostRefusal", () => {
  it("lets a form posted without script through when it names its action, and refuses any other post with 405", () => {
    expect(plainPostRefusal(formData({ "$ACTION_ID_60a42c9e": "", email: "a@b.vn" }))).toBeNull();
    expect(plainPostRefusal(formData({ "$ACTION_REF_1": "", "$ACTION_1:0": "{}" }))).toBeNull();
    expect(plainPostRefusal(formData({ a: "b" }))?.status).toBe(405);
    expect(plainPostRefusal(null)?.status).toBe(405);
  });
});
