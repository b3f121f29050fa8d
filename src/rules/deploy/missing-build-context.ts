/** `deploy/missing-build-context`: a locally built image with no Dockerfile for it in the Directory Structure. */
import { buildFor } from '../../model/dockerfile.js';
import { allContainers, isLocalBuild } from '../../model/query.js';
import { defineRule } from '../types.js';

export const missingBuildContext = defineRule({
  id: 'deploy/missing-build-context',
  severity: 'warning',
  description: 'A locally built image has no Dockerfile for it in the Directory Structure tree, so the compose file cannot say what to build.',
  docs: {
    catches:
      'A container with a locally built image (`Custom (…)`, or an image named after the API host) while no entry of the Directory Structure tree is ' +
      'its Dockerfile (`docker/<name>.Dockerfile`, `<name>/Dockerfile`, `Dockerfile.<name>`); a spec without a Directory Structure is not ' +
      'checked (the compose file then assumes `./Dockerfile`). A lab service is then left out of its compose file ' +
      '(named in the file\'s comment) rather than written with a build that fails; in other tiers the compose file assumes `./Dockerfile` at the ' +
      'repository root.',
    example: '| `notebook` | Custom (Jupyter) | 8888 | Data notebooks | ✅ Running |\n\n(and a Directory Structure tree without a Dockerfile for it)',
    fix: 'Add the Dockerfile to the repository and to the Directory Structure tree (`docker/notebook.Dockerfile`), or use a published image.',
  },
  messages: {
    missing: {
      text: 'Unexpected locally built `{{name}}` without a Dockerfile in Directory Structure, expected a tree entry such as `docker/{{name}}.Dockerfile`',
      hint: '{{consequence}}; add the Dockerfile to the repository and to the Directory Structure tree',
    },
  },
  check(ctx) {
    // Without a Directory Structure the spec says nothing about the repository's files.
    if (ctx.model.directories.length === 0) return;
    for (const c of allContainers(ctx.model)) {
      if (c.status === 'deprecated' || !isLocalBuild(c, ctx.model) || buildFor(ctx.model, c, 'docker-compose.yml')) continue;
      const consequence = c.tier === 'lab' ? 'the lab compose file leaves it out until then' : 'the compose file assumes `./Dockerfile` at the repository root until then';
      ctx.report({ message: 'missing', data: { name: c.name, consequence }, pos: c.image.pos ?? c.pos });
    }
  },
});
