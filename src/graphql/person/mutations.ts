import { notFound } from '../common/errors.ts';
import { mutation, refuse } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const personMutations: Resolvers = {
  Mutation: {
    mergePeople: mutation(
      { role: 'EDITOR', ids: { keepId: 'Person', mergeId: 'Person' }, refused: { person: null } },
      async ({ ids, context }) => {
        if (ids.keepId === ids.mergeId) throw refuse(['mergeId'], 'Cannot merge a person into themselves.');
        const person = await context.prisma.$transaction(async (tx) => {
          const [kept, merged] = await Promise.all([
            tx.person.findUnique({ where: { id: ids.keepId } }),
            tx.person.findUnique({ where: { id: ids.mergeId } }),
          ]);
          if (!kept) throw notFound('No Person with id keepId.');
          if (!merged) throw notFound('No Person with id mergeId.');
          // Bylines first: an article both wrote keeps one authorship.
          const shared = await tx.articleAuthor.findMany({ where: { personId: kept.id }, select: { articleId: true } });
          await tx.articleAuthor.deleteMany({ where: { personId: merged.id, articleId: { in: shared.map((s) => s.articleId) } } });
          await tx.articleAuthor.updateMany({ where: { personId: merged.id }, data: { personId: kept.id } });
          await tx.quote.updateMany({ where: { speakerId: merged.id }, data: { speakerId: kept.id } });
          await tx.claim.updateMany({ where: { claimantId: merged.id }, data: { claimantId: kept.id } });
          await tx.person.delete({ where: { id: merged.id } });
          return tx.person.update({
            where: { id: kept.id },
            data: {
              roles: [...new Set([...kept.roles, ...merged.roles])],
              aliases: [...new Set([...kept.aliases, merged.name, ...merged.aliases])].filter((alias) => alias !== kept.name),
              gender: kept.gender ?? merged.gender,
            },
          });
        });
        return { person };
      },
    ),
  },
};
