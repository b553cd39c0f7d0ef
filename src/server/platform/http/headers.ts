/** The origins Tend answers state-changing requests and live sockets from, and its security headers. */

/** The public URL's origin; for a loopback address also its twins, so localhost and 127.0.0.1 both work. */
export function originsFor(publicUrl: URL): string[] {
  const origins = [publicUrl.origin];
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (loopback.includes(publicUrl.hostname)) {
    for (const host of loopback)
      origins.push(`${publicUrl.protocol}//${host}${publicUrl.port ? `:${publicUrl.port}` : ''}`);
  }
  return [...new Set(origins)];
}

export function securityHeaders(publicUrl: URL) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Strict-Transport-Security only means something over https.
    hsts: publicUrl.protocol === 'https:' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginEmbedderPolicy: false,
  };
}
