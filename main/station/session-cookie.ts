/**
 * Returns the name of the cookie that carries a browser's session id. Cookies do not separate
 * ports, so the name includes the port and two stations on one host stay apart.
 */
export function sessionCookieName(port: number): string {
  return `packtrace_session_${port}`;
}

/** Reads one cookie's value from a Cookie header, or null when absent. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) {
    return null;
  }
  for (const part of header.split(';')) {
    const equalsAt = part.indexOf('=');
    if (equalsAt > 0 && part.slice(0, equalsAt).trim() === name) {
      return part.slice(equalsAt + 1).trim();
    }
  }
  return null;
}

/**
 * Builds the Set-Cookie value of a session id, kept until the browser closes. HttpOnly keeps page
 * script from reading the id, and SameSite=Strict keeps other sites' requests from carrying it.
 */
export function sessionCookie(name: string, id: string): string {
  return `${name}=${id}; Path=/; HttpOnly; SameSite=Strict`;
}
