/** `deploy/unbuilt-image-in-stack`: a locally built image in a Docker Swarm stack. */
import { isLocalBuild, mainTier } from '../../model/query.js';
import { defineRule } from '../types.js';

export const unbuiltImageInStack = defineRule({
  id: 'deploy/unbuilt-image-in-stack',
  severity: 'error',
  description: 'With the `stack` target, a running production container uses a locally built image, which a Swarm cannot pull.',
  messages: {
    unbuilt: {
      text: 'Unexpected locally built image `{{image}}` of `{{name}}` in the Swarm stack, expected an image a registry serves',
      hint: 'push it to a registry, write `registry.example.com/{{name}}:<version>` in the inventory and pin it in versions.lock',
    },
  },
  check(ctx) {
    if (!ctx.targets.includes('stack')) return;
    for (const c of mainTier(ctx.model)?.containers ?? []) {
      if (c.status !== 'running' || !isLocalBuild(c, ctx.model)) continue;
      ctx.report({ message: 'unbuilt', data: { image: c.image.raw, name: c.name }, pos: c.image.pos ?? c.pos });
    }
  },
});
