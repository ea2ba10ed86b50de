import { describe, it, expect } from "vitest";
import { clientAddress, inList, normalizeAddress, PEER_HEADER, signPeer } from "./client-address";

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
