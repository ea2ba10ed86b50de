// The signature on the client's socket address: the app's own server
// (scripts/serve.mjs) puts it on every request, and the app
// (lib/security/client-address.ts) believes an address only with it, so no
// client can claim one. Plain JavaScript because the server script runs
// without a TypeScript step; both import this file, so they cannot disagree.
// Types: peer-signature.d.mts.
import crypto from "node:crypto";

/** The request header the signed address travels in; the server replaces whatever a client sent under it. */
export const PEER_HEADER = "x-dti-peer";

const mac = (secret, address) => crypto.createHmac("sha256", secret).update(`peer\n${address}`).digest("base64url");

/** The header value for a socket address, signed with the app's secret. */
export function signPeer(secret, address) {
  return `${address}|${mac(secret, address)}`;
}

/** The address a header value vouches for, or null when it is missing or not signed with this secret. */
export function verifyPeer(secret, value) {
  const [peer, given] = (value ?? "").split("|");
  if (!peer || !given) return null;
  const [a, b] = [Buffer.from(given), Buffer.from(mac(secret, peer))];
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? peer : null;
}
