// Stands in for Next's redirect() in the action tests: the mock throws this,
// carrying the address, so a test can assert where a successful action went.
// Kept free of imports so vi.mock factories can load it first.
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
    this.name = "RedirectSignal";
  }
}
