// One source for the policy, so the meta tag and the preview server's header cannot drift apart.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The page's one inline script, which picks the first frame's words and starts fetching the
  // opened screen's code before the app's code has run (scripts/vite/firstPaint.ts; the build
  // fails if this hash no longer matches it).
  "script-src 'self' 'sha256-8iWacdkURiV003Zr2FhPzRGd0C9G1Znd4nclbw71BRA='",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// frame-ancestors is ignored in a meta tag, so it only travels as a header.
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
