import type { FastifyBaseLogger } from 'fastify';

/**
 * An e-mail or SMS sent outside the app after a notification. Messages carry no patient data: the kind, the record's
 * number and a link; the reader signs in to see more (DOMAIN.md §9, data minimisation).
 */
export interface OutboundMessage {
  userId: string;
  kind: string;
  reference: string;
  link: string;
}

/** Where outbound messages go: an e-mail/SMS gateway in production, the log in development and tests. */
export interface Messenger {
  send(messages: readonly OutboundMessage[]): Promise<void>;
}

/** The development messenger: writes each message to the log instead of sending it. */
export function loggingMessenger(logger: Pick<FastifyBaseLogger, 'info'>): Messenger {
  return {
    send(messages) {
      for (const message of messages) {
        logger.info({ outboundMessage: message }, 'outbound message (logging messenger: not sent)');
      }
      return Promise.resolve();
    },
  };
}

/** A messenger that keeps what it was given, for tests and for the benchmark. */
export function recordingMessenger(): Messenger & { sent: OutboundMessage[] } {
  const sent: OutboundMessage[] = [];
  return {
    sent,
    send(messages) {
      sent.push(...messages);
      return Promise.resolve();
    },
  };
}

/** Runs a write that fills an outbox, then sends the outbox (once the write's transaction has committed). */
export type Deliver = <T>(work: (outbox: OutboundMessage[]) => Promise<T>) => Promise<T>;

/**
 * The routes' way to send what a use case notified: its outbound messages leave only after its transaction committed,
 * so a rolled-back step never sends a message.
 */
export function outboxDelivery(messenger: Messenger): Deliver {
  return async (work) => {
    const outbox: OutboundMessage[] = [];
    const result = await work(outbox);
    await messenger.send(outbox);
    return result;
  };
}
