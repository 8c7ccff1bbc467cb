/** A host name that is not localhost, so the page is not a secure context (like a LAN address). */
export const lanHostName = 'planner.lan.test';

/** Chromium switch that resolves that name to this machine without any DNS. */
export const lanHostResolverArg = `--host-resolver-rules=MAP ${lanHostName} 127.0.0.1`;
