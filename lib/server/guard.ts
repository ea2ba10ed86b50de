import "server-only";
// The one door every write goes through: who is asking (the session), may
// they (the authorisation table, refusals recorded), is the request well
// formed (a zod schema), then the service, then the pages and published
// caches to refresh.
// Server actions and route handlers stay thin: they read their form, call
// `guarded` and turn its outcome into their state or response.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { recordDenied } from "@/lib/server/audit";
import { publishedChanged } from "@/lib/server/published-changed";
import { can, isScoped, type Actor, type Permission, type SystemPermission } from "@/lib/security/authorization";
import { getCurrentUser } from "@/lib/server/session";
import { fieldErrorsOf, type FieldErrors } from "@/lib/domain/field-errors";

export { fieldErrorsOf, type FieldErrors };

/** What a request is about, for the authorisation check and the audit record of a refusal. */
export interface Scope {
  /** The unit whose data it touches; undefined for system-wide work such as administration. */
  provinceId?: number | null;
  period?: string | null;
  reportId?: number | null;
}

/** A request naming something that does not exist: refused like a forbidden one, and recorded with what it named. */
export interface Missing extends Scope {
  missing: true;
}
export const missing = (named: Scope = {}): Missing => ({ ...named, missing: true });

export type Outcome<T> =
  | { kind: "ok"; value: T }
  /** Not signed in, not allowed, or the request names something that does not exist. */
  | { kind: "forbidden" }
  | { kind: "invalid"; fieldErrors: FieldErrors };

type ScopeLoader<S> = () => S | Missing | Promise<S | Missing>;

/**
 * What a write needs to be known about it. A write needing a permission
 * about one province's data must say how to find that province: without a
 * scope loader it does not compile, and at run time a scope naming no
 * province is refused.
 */
type Scoping<S> =
  /** System-wide work such as administration may leave out what it is about. */
  | { permissions: readonly SystemPermission[]; scope?: ScopeLoader<S> }
  /** Reads what the request is about, or `missing(...)` when it names nothing that exists. */
  | { permissions: readonly Permission[]; scope: ScopeLoader<S> };

export type Guarded<S extends Scope, Input, Result> = Scoping<S> & {
  /** The schema's verdict on the raw request, given what it is about. */
  validate: (scope: S) => z.ZodSafeParseResult<Input> | Promise<z.ZodSafeParseResult<Input>>;
  /** The field key an issue is shown at; by default its path joined with dots. */
  fieldKey?: (path: readonly PropertyKey[]) => string;
  /** The write itself: a service of the feature. */
  run: (actor: Actor, input: Input, scope: S) => Promise<Result>;
  /** Pages whose data the write changes, refreshed only when it went through. */
  revalidate?: (result: Result) => ReadonlyArray<readonly [path: string, type?: "layout" | "page"]>;
  /** Whether the write changed what the public sees; if so every published cache is emptied at once. */
  publishes?: (result: Result) => boolean;
};

export async function guarded<S extends Scope, Input, Result>(spec: Guarded<S, Input, Result>): Promise<Outcome<Result>> {
  const actor = await getCurrentUser();
  const scope = spec.scope ? await spec.scope() : ({} as S);
  // A province-scoped permission checked without a province would be a role-only check, passing for any unit: refused instead.
  const unscoped = (permission: Permission) => isScoped(permission) && !("missing" in scope) && scope.provinceId === undefined;
  const refused = spec.permissions.find((permission) => "missing" in scope || unscoped(permission) || !can(actor, permission, scope.provinceId));
  if (refused || !actor || "missing" in scope) {
    await recordDenied(actor, refused ?? spec.permissions[0] ?? "user.manage", scope);
    return { kind: "forbidden" };
  }

  const parsed = await spec.validate(scope);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error, spec.fieldKey) };

  const value = await spec.run(actor, parsed.data, scope);
  for (const [path, type] of spec.revalidate?.(value) ?? []) revalidatePath(path, type);
  if (spec.publishes?.(value)) publishedChanged();
  return { kind: "ok", value };
}
