// Where to send a person after signing in: only a page of the working area
// on this site. The address is normalised first, as a browser would, so
// "/work/../..//evil.example" or "/work/%2e%2e/" cannot step outside.
const BASE = "http://app.invalid";

export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f]/.test(next)) return "/work";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/work";
  }
  if (url.origin !== BASE) return "/work";
  const path = url.pathname;
  // A path that still holds "//" or encoded dots after normalising is not one the app made.
  if (path.includes("//") || /%2e|%2f|%5c/i.test(path)) return "/work";
  return path === "/work" || path.startsWith("/work/") ? `${path}${url.search}` : "/work";
}
