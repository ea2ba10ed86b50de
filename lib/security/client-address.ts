// Who is on the other end, for the sign-in throttle. The app's own server
// (scripts/serve.mjs) passes the socket's address in a header signed with the
// app's secret (lib/security/peer-signature.mjs), so no client can claim one.
// X-Forwarded-For and X-Real-IP are believed only when that socket belongs to
// a proxy listed in TRUSTED_PROXIES; then the nearest address not itself a
// trusted proxy is the client. Without a signed socket address the answer is
// "unknown".
import { PEER_HEADER, verifyPeer } from "@/lib/security/peer-signature.mjs";

/** "::ffff:10.0.0.1" is 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed.toLowerCase();
}

function ipv4ToNumber(address: string): number | null {
  const parts = address.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** Whether an address is in a list of addresses and IPv4 ranges ("10.0.0.0/8"). */
export function inList(address: string, list: readonly string[]): boolean {
  const ip = normalizeAddress(address);
  return list.some((entry) => {
    const [base, bits] = entry.split("/");
    if (bits === undefined) return normalizeAddress(base!) === ip;
    const [a, b] = [ipv4ToNumber(ip), ipv4ToNumber(base!)];
    const n = Number(bits);
    if (a === null || b === null || !Number.isInteger(n) || n < 0 || n > 32) return false;
    const mask = n === 0 ? 0 : (~0 << (32 - n)) >>> 0;
    return (a & mask) >>> 0 === (b & mask) >>> 0;
  });
}

export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function clientAddress(headers: Headers, secret: string, trusted: readonly string[]): string | null {
  const peer = verifyPeer(secret, headers.get(PEER_HEADER));
  if (!peer) return null;
  if (!inList(peer, trusted)) return normalizeAddress(peer);
  // Behind a trusted proxy: walk its chain back to the first address that is not a trusted proxy.
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) if (!inList(chain[i]!, trusted)) return normalizeAddress(chain[i]!);
  const realIp = headers.get("x-real-ip")?.trim();
  return realIp ? normalizeAddress(realIp) : normalizeAddress(peer);
}
