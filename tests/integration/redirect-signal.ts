// Stands in for Next's redirect() in the action tests: the mock throws this,
// carrying the address, so a test can assert where a successful action went.
// Imports only vitest, so vi.mock factories can load it before the app.
import { vi } from "vitest";

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
    this.name = "RedirectSignal";
  }
}

export class NotFoundSignal extends Error {
  constructor() {
    super("not found");
    this.name = "NotFoundSignal";
  }
}

/** The next/navigation stand-in every action test mocks with: redirect() throws a RedirectSignal. */
export function navigationMock() {
  return {
    redirect: vi.fn((url: string) => {
      throw new RedirectSignal(url);
    }),
    notFound: vi.fn(() => {
      throw new NotFoundSignal();
    }),
  };
}
