import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { clientAddress, inList, normalizeAddress } from "./client-address";
// What scripts/serve.mjs signs every request with: the tests sign the same way production does.
import { PEER_HEADER, signPeer, verifyPeer } from "./peer-signature.mjs";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const request = (peer: string | null, extra: Record<string, string> = {}) => new Headers({ ...(peer ? { [PEER_HEADER]: signPeer(SECRET, peer) } : {}), ...extra });

describe("clientAddress", () => {
  it("uses the socket address, whatever forwarding headers a direct client sends", () => {
    const headers = request("203.0.113.7", { "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" });
    expect(clientAddress(headers, SECRET, [])).toBe("203.0.113.7");
    // Rotating the header changes nothing.
    expect(clientAddress(request("203.0.113.7", { "x-forwarded-for": "9.9.9.9" }), SECRET, [])).toBe("203.0.113.7");
  });

  it("believes the chain only from a trusted proxy, back to the first untrusted address", () => {
    const trusted = ["127.0.0.1", "10.0.0.0/8"];
    expect(clientAddress(request("::ffff:127.0.0.1", { "x-forwarded-for": "forged, 198.51.100.4, 10.1.2.3" }), SECRET, trusted)).toBe("198.51.100.4");
    expect(clientAddress(request("127.0.0.1", { "x-real-ip": "198.51.100.9" }), SECRET, trusted)).toBe("198.51.100.9");
    expect(clientAddress(request("127.0.0.1"), SECRET, trusted)).toBe("127.0.0.1");
  });

  it("knows no address when the socket address is missing or not signed by this app", () => {
    expect(clientAddress(request(null, { "x-forwarded-for": "1.2.3.4" }), SECRET, [])).toBeNull();
    const forged = new Headers({ [PEER_HEADER]: `198.51.100.1|${"A".repeat(43)}` });
    expect(clientAddress(forged, SECRET, [])).toBeNull();
    expect(clientAddress(new Headers({ [PEER_HEADER]: signPeer("another-secret-of-thirty-two-chars!!", "198.51.100.1") }), SECRET, [])).toBeNull();
  });
});

describe("inList", () => {
  it("matches addresses and IPv4 ranges", () => {
    expect(inList("10.200.3.4", ["10.0.0.0/8"])).toBe(true);
    expect(inList("11.0.0.1", ["10.0.0.0/8"])).toBe(false);
    expect(inList("::1", ["::1"])).toBe(true);
    expect(inList("192.168.1.1", ["0.0.0.0/0"])).toBe(true);
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
  });
});

describe("the peer signature", () => {
  const source = (file: string) => fs.readFileSync(path.join(import.meta.dirname, "..", "..", file), "utf8");

  it("is made by the production server with the one implementation the app checks it with", () => {
    const server = source("scripts/serve.mjs");
    expect(server).toMatch(/import \{[^}]*\bsignPeer\b[^}]*\} from "\.\.\/lib\/security\/peer-signature\.mjs"/);
    expect(server).toMatch(/request\.headers\[PEER_HEADER\] = signPeer\(/);
    // Neither side computes a signature of its own.
    for (const file of ["scripts/serve.mjs", "lib/security/client-address.ts"]) expect(source(file), file).not.toMatch(/createHmac|timingSafeEqual/);
  });

  it("vouches for the address it was made for, with the secret it was made with, only", () => {
    const signed = signPeer(SECRET, "203.0.113.7");
    expect(verifyPeer(SECRET, signed)).toBe("203.0.113.7");
    expect(verifyPeer("another-secret-of-thirty-two-chars!!", signed)).toBeNull();
    expect(verifyPeer(SECRET, signed.replace("203.0.113.7", "203.0.113.8"))).toBeNull();
    expect(verifyPeer(SECRET, null)).toBeNull();
    expect(verifyPeer(SECRET, "203.0.113.7")).toBeNull();
    // A forged value of the right length in characters but not in bytes is refused, not thrown on.
    expect(verifyPeer(SECRET, `203.0.113.7|${"é".repeat(43)}`)).toBeNull();
  });
});
