import { createMailgate, recordingTransport } from '@mailgate/core';

/**
 * The app's gate. Memory stores keep this example self-contained; a deployed app gives the
 * gate shared stores (Postgres, Redis), since each server instance has its own memory.
 * A real app sends with sesTransport; the route only ingests.
 */
export const gate = createMailgate({ transport: recordingTransport() });
