/** `deploy/missing-build-context`: a locally built image with no Dockerfile for it in the Directory Structure. */
import { buildFor } from '../../model/dockerfile.js';
import { allContainers, isLocalBuild } from '../../model/query.js';
import { defineRule } from '../types.js';

export const missingBuildContext = defineRule({
  id: 'deploy/missing-build-context',
  severity: 'warning',
  description: 'A locally built image has no Dockerfile for it in the Directory Structure tree, so the compose file cannot say what to build.',
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
