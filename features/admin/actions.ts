"use server";
// The administration forms' actions: each reads its form, goes through the
// guarded door with its schema and calls features/admin/service.
import { redirect } from "next/navigation";
import type { z } from "zod";
import { guarded, missing } from "@/lib/server/guard";
import { deadlineSchema, indicatorSchema, formFields, targetSchema, unitSchema, userSchema } from "@/features/admin/schemas";
import * as admin from "@/features/admin/service";
import { ADMIN_SECTIONS, type Actor, type Permission } from "@/lib/security/authorization";
import { vi as m } from "@/lib/i18n/messages";
import { recordId } from "@/lib/domain/record-id";

export interface AdminFormState {
  status: "idle" | "saved" | "invalid" | "refused" | "forbidden";
  message: string | null;
  fieldErrors: Record<string, string>;
  /** What was typed, given back so nothing is lost when the form is refused. */
  values: Record<string, string>;
  /** A set-password link, shown once to the admin who made it. */
  link?: string;
}

/** The id of the record a form edits; null for a new one, NaN for something no form posts. */
function editedId(formData: FormData): number | null {
  const raw = String(formData.get("id") ?? "");
  return raw === "" ? null : (recordId(raw) ?? NaN);
}

const CATALOG_PAGES = [["/", "layout"]] as const;

async function write<S extends z.ZodType, T extends { id: number }>(
  formData: FormData,
  permission: Permission,
  schema: S | null,
  run: (actor: Actor, input: z.output<S>, id: number | null) => Promise<admin.AdminOutcome<T>>,
  options: { revalidate: ReadonlyArray<readonly [string, "layout" | "page"]>; publishes?: boolean; done: (result: T, created: boolean) => string | void },
): Promise<AdminFormState> {
  const values = formFields(formData);
  const id = editedId(formData);
  const outcome = await guarded({
    permissions: [permission],
    // A form with no schema acts on one record (a deletion, a lock): it must name it.
    scope: () => (Number.isNaN(id) || (schema === null && id === null) ? missing() : {}),
    validate: () => (schema ? schema.safeParse(values) : { success: true as const, data: undefined as z.output<S> }),
    run: (actor, input) => run(actor, input, id),
    revalidate: (result) => (result.kind === "ok" ? options.revalidate : []),
    // Units, indicators and targets are shown on the public pages; users are not.
    publishes: (result) => result.kind === "ok" && options.publishes === true,
  });
  const base = { fieldErrors: {}, values, message: null };
  if (outcome.kind === "forbidden") return { ...base, status: "forbidden", message: m.work.forbidden };
  if (outcome.kind === "invalid") return { ...base, status: "invalid", fieldErrors: outcome.fieldErrors, message: m.admin.fixErrors };
  const result = outcome.value;
  switch (result.kind) {
    case "invalid":
      return { ...base, status: "invalid", fieldErrors: result.fieldErrors, message: m.admin.fixErrors };
    case "refused":
      return { ...base, status: "refused", message: result.reason };
    case "notFound":
      return { ...base, status: "refused", message: m.admin.notFound };
  }
  const next = options.done(result, id === null);
  if (next) redirect(next);
  return { ...base, status: "saved", message: id === null ? m.admin.created : m.admin.saved };
}

// ——— Users ———

export async function saveUserAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  let link: string | undefined;
  const state = await write(
    formData,
    ADMIN_SECTIONS.users,
    userSchema,
    (actor, input, id) => (id === null ? admin.createUser(actor, input) : admin.updateUser(actor, id, input)),
    {
      revalidate: [["/work/admin/users", "layout"]],
      done: (result) => {
        if ("token" in result && typeof result.token === "string") link = result.token;
      },
    },
  );
  return link ? { ...state, link, values: {} } : state;
}

export async function setUserActiveAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const active = formData.get("active") === "true";
  const state = await write(formData, ADMIN_SECTIONS.users, null, (actor, _input, id) => admin.setUserActive(actor, id ?? NaN, active), {
    revalidate: [["/work/admin/users", "layout"]],
    done: () => {},
  });
  return state.status === "saved" ? { ...state, message: active ? m.admin.users.activated : m.admin.users.deactivated } : state;
}

export async function resetPasswordAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  let link: string | undefined;
  const state = await write(formData, ADMIN_SECTIONS.users, null, (actor, _input, id) => admin.resetPassword(actor, id ?? NaN), {
    revalidate: [["/work/admin/users", "layout"]],
    done: (result) => {
      link = result.token;
    },
  });
  return link ? { ...state, link, message: null } : state;
}

// ——— Units, indicators, targets ———

export async function saveUnitAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.units, unitSchema, (actor, input, id) => admin.saveUnit(actor, id, input), {
    revalidate: CATALOG_PAGES,
    publishes: true,
    done: (result, created) => (created ? `/work/admin/units/${result.id}?created=1` : undefined),
  });
}

export async function deleteUnitAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.units, null, (actor, _input, id) => admin.deleteUnit(actor, id ?? NaN), {
    revalidate: CATALOG_PAGES,
    publishes: true,
    done: () => "/work/admin/units?deleted=1",
  });
}

export async function saveIndicatorAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.indicators, indicatorSchema, (actor, input, id) => admin.saveIndicator(actor, id, input), {
    revalidate: CATALOG_PAGES,
    publishes: true,
    done: (result, created) => (created ? `/work/admin/indicators/${result.id}?created=1` : undefined),
  });
}

export async function deleteIndicatorAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.indicators, null, (actor, _input, id) => admin.deleteIndicator(actor, id ?? NaN), {
    revalidate: CATALOG_PAGES,
    publishes: true,
    done: () => "/work/admin/indicators?deleted=1",
  });
}

export async function saveTargetAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.targets, targetSchema, (actor, input, id) => admin.saveTarget(actor, id, input), {
    revalidate: CATALOG_PAGES,
    publishes: true,
    done: (result, created) => (created ? `/work/admin/targets/${result.id}?created=1` : undefined),
  });
}

export async function deleteTargetAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.targets, null, (actor, _input, id) => admin.deleteTarget(actor, id ?? NaN), {
    revalidate: CATALOG_PAGES,
    publishes: true,
    done: () => "/work/admin/targets?deleted=1",
  });
}

// ——— Report deadlines ———

// Due dates show on the working pages and drive the reminders; nothing public.
const DEADLINE_PAGES = [["/work", "layout"]] as const;

export async function saveDeadlineAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.deadlines, deadlineSchema, (actor, input) => admin.saveDeadline(actor, input), {
    revalidate: DEADLINE_PAGES,
    done: () => "/work/admin/deadlines?saved=1",
  });
}

export async function deleteDeadlineAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return write(formData, ADMIN_SECTIONS.deadlines, null, (actor, _input, id) => admin.deleteDeadline(actor, id ?? NaN), {
    revalidate: DEADLINE_PAGES,
    done: () => "/work/admin/deadlines?deleted=1",
  });
}

// ——— Mail ———

export async function retryMailAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const state = await write(formData, ADMIN_SECTIONS.mail, null, (actor, _input, id) => admin.retryMail(actor, id ?? NaN), {
    revalidate: [["/work/admin/mail", "page"]],
    done: () => {},
  });
  return state.status === "saved" ? { ...state, message: m.admin.mail.retried } : state;
}
