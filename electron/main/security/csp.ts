/**
 * The headers sent with every app:// response: the one policy in shared/http/securityHeaders.ts,
 * which the web host's bridge sends too (test/main/csp.test.ts).
 */
export { CONTENT_SECURITY_POLICY, securityHeaders } from '../../../shared/http/securityHeaders';
