import { loc, ruleTester, spec } from '../tester.js';

const secrets = (...lines: string[]) => ['## Secrets Management', '', '### Environment Variables (`.env.production`)', '', '```bash', ...lines, '```', ''].join('\n');
const jwt = ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwicm9sZSI6InNlcnZpY2UifQ', 'c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU'].join('.');
const bad = spec(
  secrets(
    '# Keys',
    `SUPABASE_SERVICE_ROLE=${jwt}`,
    'STRIPE_SECRET_KEY=sk_live_FAKEFAKEFAKE1234567890',
    'SIGNING_SALT=Zx8kQ2mN7vR4tY1wP6sL3jH9',
    'DB_PASSWORD=hunter22',
    'DATABASE_URL=postgres://app:S3cretPw@db:5432/app',
  ),
);

ruleTester('secrets/literal-value', {
  valid: [
    {
      name: 'placeholders and settings',
      spec: spec(
        secrets(
          'SUPABASE_SERVICE_ROLE=eyJ...',
          'RESEND_API_KEY=re_***',
          'ODOO_API_KEY=***',
          'S3_SECRET=xxx',
          'API_TOKEN=<your-token>',
          'SESSION_SECRET=${SESSION_SECRET}',
          'DATABASE_URL=postgres://app:***@db:5432/app',
          'GIT_SHA=9fceb02d0ae598e95dc970b74767f19372d61af8',
          'ODOO_URL=https://odoo.example.com',
          'ENABLE_MCP=true',
          'CHATWOOT_ACCOUNT_ID=1',
        ),
      ),
    },
  ],
  invalid: [
    {
      spec: bad,
      errors: [
        { ...loc(bad, jwt), message: /`SUPABASE_SERVICE_ROLE` \(it looks like a JWT\)/ },
        { ...loc(bad, 'sk_live_FAKE'), message: /a Stripe secret key/ },
        { ...loc(bad, 'Zx8k'), message: /a literal credential/ },
        { ...loc(bad, 'hunter22'), message: /a literal credential/ },
        { ...loc(bad, 'postgres://app:S3'), message: /a URL with a password/ },
      ],
    },
  ],
});
