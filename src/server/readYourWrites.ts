/**
 * Read-your-writes with read replicas (src/db/replicas.ts): a mutation reads from the primary
 * (what it checks before writing and what it answers), and its answer is sent only once the
 * replicas in rotation have replayed its write, so the client's next query, on any process and
 * any replica, sees it. Without replicas both steps cost nothing.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { ReadRouting } from '../db/replicas.ts';
import type { GraphQLContext } from '../graphql/context.ts';

export function readYourWritesPlugin(routing: ReadRouting): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      let mutation = false;
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          // The context is made before the document is parsed: here is the first moment the kind is known.
          if (operation?.operation === OperationTypeNode.MUTATION) {
            mutation = true;
            contextValue.usePrimary();
          }
          return Promise.resolve();
        },
        async willSendResponse() {
          if (mutation) await routing.awaitReplay();
        },
      });
    },
  };
}
