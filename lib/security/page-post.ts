// What a POST to a page may be. A page answers only its own forms' server
// actions: every action of this app takes a form (with the state of the form
// before it, when it has one), so a request that is not such a call — a
// body that is not a form, arguments React never encodes, a reference to a
// part the body does not hold, or a plain post with no action at all — is
// refused here with a 4xx, before the framework fails on it with a 500.
// Pure: the proxy reads the request and answers with what this returns.

/** The largest body a page's form may post; a reverse proxy in front should allow at least this. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export type PostRefusal = { status: 400 | 403 | 405 | 411 | 413; message: string };
/** A posted body as the proxy read it: a form, or text. */
export type ActionBody = { form: FormData } | { text: string };

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;
/** React's reply encoding: a string naming another part of the body ($@1, $Q2, $5…), or a path into one ($0:input:x). */
const REFERENCE = /^\$([@QWBTFhiAOoUSsLlGgMmVRrXxY]?)([0-9a-f]+)(?::.*)?$/s;
/** Strings React writes inline for values JSON has no word for. */
const INLINE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n|K[0-9a-f]+$)/;
const MAX_DEPTH = 32;

/** What the proxy knows before reading a body: refusals that need no body. */
export function postHeadersRefusal(headers: { foreign: boolean; contentLength: string | null }): PostRefusal | null {
  if (headers.foreign) return { status: 403, message: "Forbidden: foreign origin" };
  const length = Number(headers.contentLength ?? NaN);
  if (headers.contentLength === null || !Number.isFinite(length)) return { status: 411, message: "Length required" };
  if (length > ACTION_BODY_LIMIT) return { status: 413, message: "Request too large" };
  return null;
}

/**
 * A server action's call (it names its action in the `Next-Action` header):
 * its arguments — none, or the form with the form's state before it — as
 * JSON, in part "0" of a form or as the whole of a text body, with every
 * reference naming a part the body holds.
 */
export function actionCallRefusal(body: ActionBody | null): PostRefusal | null {
  if (body === null) return malformed;
  const root = "text" in body ? body.text : body.form.get("0");
  if (typeof root !== "string") return malformed;
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return malformed;
  }
  if (!Array.isArray(args) || args.length > 2) return malformed;
  if (args.length === 0) return null;
  const form = "form" in body ? body.form : null;
  const last = args.at(-1);
  if (form === null || typeof last !== "string" || !/^\$K[0-9a-f]+$/.test(last)) return malformed;
  return references(args[0], form, 0) ? null : malformed;
}

/** A form posted without script (no `Next-Action` header): it must name the action React put in the page's form. */
export function plainPostRefusal(form: FormData | null): PostRefusal | null {
  if (form && [...form.keys()].some((key) => key.startsWith("$ACTION_"))) return null;
  return { status: 405, message: "Method not allowed: a page is only read" };
}

/** Whether a body's content type is a form at all. */
export const isFormBody = (contentType: string | null) => FORM_TYPES.test(contentType ?? "");

const malformed: PostRefusal = { status: 400, message: "Bad request: not a call of this page's form" };

function references(value: unknown, form: FormData, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || INLINE.test(value)) return true;
    const reference = REFERENCE.exec(value);
    return reference !== null && form.has(String(parseInt(reference[2]!, 16)));
  }
  if (Array.isArray(value)) return value.every((item) => references(item, form, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => references(item, form, depth + 1));
  return true;
}
