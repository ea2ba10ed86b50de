// The words of signing in and setting a password, Vietnamese first. The English
// has the same shape, so a missing or mis-shaped entry fails the type check;
// lib/i18n/messages.ts and lib/i18n/en.ts merge both into the catalogues.

export const vi = {
  auth: {
    signIn: "Đăng nhập",
    signOut: "Đăng xuất",
    heading: "Đăng nhập khu vực làm việc",
    intro: "Dành cho cán bộ nhập liệu, lãnh đạo duyệt số liệu và quản trị viên.",
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    pending: "Đang đăng nhập…",
    failed: "Email hoặc mật khẩu không đúng.",
    throttled: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    inactive: "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.",
    badEmail: "Email không hợp lệ.",
    passwordRequired: "Vui lòng nhập mật khẩu.",
    signedInAs: (name: string) => `Đang đăng nhập: ${name}`,
    roles: { STAFF: "Cán bộ nhập liệu", OFFICIAL: "Lãnh đạo duyệt số liệu", ADMIN: "Quản trị viên" },
  },
  setPassword: {
    heading: "Đặt mật khẩu",
    intro: "Chọn mật khẩu để đăng nhập khu vực làm việc. Mật khẩu cần ít nhất 10 ký tự.",
    password: "Mật khẩu mới",
    confirm: "Nhập lại mật khẩu",
    submit: "Đặt mật khẩu",
    done: "Đã đặt mật khẩu. Bạn có thể đăng nhập.",
    problems: {
      invalid: "Liên kết không hợp lệ hoặc đã được dùng. Hãy xin quản trị viên cấp liên kết mới.",
      expired: "Liên kết đã hết hạn. Hãy xin quản trị viên cấp liên kết mới.",
      inactive: "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.",
    } as Record<"invalid" | "expired" | "inactive", string>,
  },
};

export const en: typeof vi = {
  auth: {
    signIn: "Sign in",
    signOut: "Sign out",
    heading: "Sign in to the work area",
    intro: "For data-entry officers, officials who approve figures, and administrators.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    pending: "Signing in…",
    failed: "Incorrect email or password.",
    throttled: "Too many failed sign-in attempts. Please try again in 15 minutes.",
    inactive: "This account has been locked. Please contact an administrator.",
    badEmail: "Invalid email address.",
    passwordRequired: "Please enter your password.",
    signedInAs: (name: string) => `Signed in as ${name}`,
    roles: { STAFF: "Data-entry officer", OFFICIAL: "Approving official", ADMIN: "Administrator" },
  },
  setPassword: {
    heading: "Set password",
    intro: "Choose a password to sign in to the work area. The password must be at least 10 characters long.",
    password: "New password",
    confirm: "Re-enter the password",
    submit: "Set password",
    done: "Password set. You can now sign in.",
    problems: {
      invalid: "The link is invalid or has already been used. Ask an administrator for a new link.",
      expired: "The link has expired. Ask an administrator for a new link.",
      inactive: "This account has been locked. Please contact an administrator.",
    },
  },
};
