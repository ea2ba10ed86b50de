// Whole answers to public requests, kept in the app's own process so that a
// press-day crowd reading the same scorecard is served without rendering it
// for each reader, signed in or not, and a link's prefetch of it is answered
// from here too. Only what a shared cache may keep is kept here
// (shared-cache.mjs: public reads, status 200, no cookie set), for at most
// as long, and all of it is dropped the moment
// published data changes: lib/server/published-changed.ts bumps the generation that
// `currentGeneration` reads, in this same process.
//
// A kept page carries the script nonce it was rendered with, as it does from
// a CDN. The nonce still changes with every rendering, and a kept page cannot
// hold anything injected after it was rendered, so reusing it for half a
// minute lets no script run that the page did not already have.
import { notModified } from "../../lib/http/validators.mjs";
import { negotiate } from "./compression.mjs";
import { PAYLOAD_CACHE_CONTROL, PAYLOAD_HEADERS, PUBLIC_CACHE_CONTROL, isSharedRequest } from "./shared-cache.mjs";

const GENERATION = Symbol.for("dti.published.generation");

/** How many times published data has changed in this process. */
export const currentGeneration = () => globalThis[GENERATION] ?? 0;

/** Seconds a shared cache may keep an answer, read from PUBLIC_CACHE_CONTROL so both always agree. */
const SHARED_SECONDS = Number(/s-maxage=(\d+)/.exec(PUBLIC_CACHE_CONTROL)[1]);

// Headers that describe one transfer, not the answer.
const TRANSFER_HEADERS = new Set(["transfer-encoding", "connection", "keep-alive", "content-length", "date"]);

export class ResponseCache {
  constructor({ ttlMs = SHARED_SECONDS * 1000, waitMs = 10_000, maxEntries = 2000, maxBytes = 128 * 1024 * 1024, maxEntryBytes = 8 * 1024 * 1024, now = Date.now, generation = currentGeneration } = {}) {
    Object.assign(this, { ttlMs, waitMs, maxEntries, maxBytes, maxEntryBytes, now, generation });
    /** Oldest first: a Map keeps insertion order. */
    this.entries = new Map();
    this.bytes = 0;
    /** Answers being made, by key. */
    this.pending = new Map();
  }

  /**
   * The key for a request whose answer may be kept, or null. Answers are kept
   * apart by the coding they are sent in (compression.mjs) and, for a
   * navigation payload, by the headers it varies by.
   */
  keyOf({ method, url, headers }) {
    if (method !== "GET" || !isSharedRequest({ method, url, headers })) return null;
    const coding = negotiate(headers["accept-encoding"]);
    const key = `${url}\n${coding === "identity" ? "" : coding}`;
    const payload = PAYLOAD_HEADERS.filter((name) => headers[name] !== undefined).map((name) => `${name}: ${headers[name]}`);
    return payload.length > 0 ? `${key}\n${payload.join("\n")}` : key;
  }

  /**
   * What to do with a request for `key`:
   * - `{ send: entry }`: a kept answer, fresh, or older while another request is making the next one;
   * - `{ wait: promise }`: nothing kept, another request is making it: wait (null: render for yourself);
   * - `{ make: refresh }`: make it, and call `refresh.done(answer)`, or `refresh.done(null)` if cut short.
   * So a crowd asking for the same page at once has it rendered once.
   */
  plan(key) {
    let entry = this.entries.get(key) ?? null;
    if (entry && entry.generation !== this.generation()) {
      this.#drop(key, entry);
      entry = null;
    }
    const pending = this.pending.get(key);
    if (entry && (this.now() - entry.storedAt < this.ttlMs || pending)) return { send: entry };
    if (pending) return { wait: Promise.race([pending.promise, this.#giveUp(key, pending)]) };
    return { make: this.#refresh(key) };
  }

  /** A request that hangs holds the others up for `waitMs` at most: then they, and the next ones, render for themselves. */
  #giveUp(key, pending) {
    return new Promise((resolve) =>
      setTimeout(() => {
        if (this.pending.get(key) === pending) this.pending.delete(key);
        resolve(null);
      }, this.waitMs).unref(),
    );
  }

  #refresh(key) {
    const generation = this.generation();
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    let settled = false;
    const refresh = {
      promise,
      done: (answer) => {
        if (settled) return;
        settled = true;
        if (this.pending.get(key) === refresh) this.pending.delete(key);
        resolve(answer && this.set(key, answer, generation) ? this.entries.get(key) : null);
      },
    };
    this.pending.set(key, refresh);
    return refresh;
  }

  /**
   * Keeps an answer if it may be shared and nothing was published while it
   * was being made (`generation` is the one current when the request came in).
   */
  set(key, { status, headers, body }, generation) {
    if (status !== 200 || generation !== this.generation()) return false;
    if (![PUBLIC_CACHE_CONTROL, PAYLOAD_CACHE_CONTROL].includes(headers["cache-control"]) || headers["set-cookie"] !== undefined) return false;
    if (body.length > this.maxEntryBytes) return false;
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSFER_HEADERS.has(name)));
    const old = this.entries.get(key);
    if (old) this.#drop(key, old);
    while (this.entries.size >= this.maxEntries || (this.entries.size > 0 && this.bytes + body.length > this.maxBytes)) {
      const [oldestKey, oldest] = this.entries.entries().next().value;
      this.#drop(oldestKey, oldest);
    }
    this.entries.set(key, { status, headers: kept, body, storedAt: this.now(), generation });
    this.bytes += body.length;
    return true;
  }

  /** Whether a conditional request already holds this answer, by the kept ETag or Last-Modified: answer 304. */
  notModified(entry, { ifNoneMatch, ifModifiedSince }) {
    // A header the app appended is kept as a list.
    const [etag, lastModified] = [entry.headers.etag, entry.headers["last-modified"]].map((value) => [value].flat()[0]);
    return notModified({ method: "GET", ifNoneMatch, ifModifiedSince }, { etag, lastModified });
  }

  /** The headers to send a kept answer with. */
  headersFor(entry) {
    return { ...entry.headers, "content-length": String(entry.body.length), age: String(Math.floor((this.now() - entry.storedAt) / 1000)) };
  }

  #drop(key, entry) {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/**
 * Calls `done(body)` with every byte the response sent once it has ended, or
 * `done(null)` if it was cut short. Wraps `write` and `end` before the app's
 * handler (and the server's compression, compression.mjs) does, so the
 * bytes are those on the wire.
 */
export function captureBody(response, done) {
  const chunks = [];
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  };
  const write = response.write;
  const end = response.end;
  let ended = false;
  response.write = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    const result = end.call(this, chunk, encoding, callback);
    if (!ended && !response.destroyed) done(Buffer.concat(chunks));
    ended = true;
    return result;
  };
  response.on("close", () => {
    if (!ended) done(null);
    ended = true;
  });
}
