import { inventory, loc, ruleTester, spec } from '../tester.js';

const tree = (lines: string[]): string => ['## Directory Structure', '', '```', ...lines, '```', ''].join('\n');
const lab = inventory([['`lab`', 'Custom (Python 3.12)', '-', 'Doc generator', '🔵 Pending']], undefined, 'Development/Lab Services');
const api = inventory([['`smartapi`', '`api.example.com:latest`', '8001→8000', 'API', '✅ Running']]);
const bad = spec(lab, tree(['repo/', '├── specs/', '└── scripts/']));
const badApi = spec(api, ['## API Endpoints', '', '### Unified API (`api.example.com`)', ''].join('\n'), tree(['repo/', '└── specs/']));

ruleTester('deploy/missing-build-context', {
  valid: [
    { name: 'the Dockerfile in the tree', spec: spec(lab, tree(['repo/', '├── docker/', '│   └── lab.Dockerfile', '└── specs/'])) },
    { name: 'a folder named after the container holding a Dockerfile', spec: spec(lab, tree(['srv/', '├── lab/', '│   └── Dockerfile', '└── platform/', '    └── specs/'])) },
    { name: 'a spec without a Directory Structure is not checked', spec: spec(lab) },
    { name: 'pulled images build nothing', spec: spec(inventory([['`db`', '`postgres:16`', '5432', 'DB', '✅ Running']])) },
  ],
  invalid: [
    { name: 'a lab service without a Dockerfile', spec: bad, errors: [{ ...loc(bad, 'Custom (Python 3.12)'), message: /locally built `lab` without a Dockerfile/ }] },
    { name: 'the API host image without a Dockerfile', spec: badApi, errors: [{ ...loc(badApi, '`api.example.com:latest`'), message: /`smartapi`/ }] },
  ],
});
