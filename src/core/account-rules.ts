/** Limits the web app and the server share (no schema library, so the web bundle stays small). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 60;
