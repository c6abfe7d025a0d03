import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import {
  type CursorStoreConformanceOptions,
  cursorStoreConformanceCases,
} from './conformance/cursor-store-conformance';
import type { ConformanceStores } from './conformance/mailing-store-conformance';
import {
  type SesWebhookConformanceOptions,
  sesWebhookConformanceCases,
} from './conformance/ses-webhook-conformance';
import {
  conformanceClock,
  type StoreConformanceOptions,
  storeConformanceCases,
} from './conformance/store-conformance';
import {
  type TransportConformanceOptions,
  transportConformanceCases,
} from './conformance/transport-conformance';
import { createSnsSigner, type SnsSigner } from './ses/sns-signer';
import {
  createSmtpTestServer,
  type SmtpTestServer,
  type SmtpTestServerOptions,
} from './smtp/create-smtp-test-server';

/** A test server started before the file's tests, reset after each, closed after all. */
export interface TestServerHandle<T> {
  /** The running server; reading it before `beforeAll` ran throws. */
  readonly server: T;
}

/**
 * Starts a scriptable SMTP server for the tests of the current file (or `describe` block):
 * `const smtp = useSmtpTestServer(); … smtp.server.script.rcpt('dead@x.test', '550 5.1.1 …')`.
 */
export function useSmtpTestServer(
  options: SmtpTestServerOptions = {},
): TestServerHandle<SmtpTestServer> {
  let server: SmtpTestServer | undefined;
  beforeAll(async () => {
    server = await createSmtpTestServer(options);
  });
  afterEach(() => {
    server?.reset();
  });
  afterAll(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    get server() {
      if (!server)
        throw new Error('The SMTP test server runs only inside the tests (after beforeAll).');
      return server;
    },
  };
}

/**
 * The transport conformance suite, as vitest tests: each transport package runs it against
 * its own emulator. `additionalTests` adds the package's own cases inside the same block.
 */
export function testTransport<E>(
  options: TransportConformanceOptions<E> & {
    readonly additionalTests?: (handle: TestServerHandle<E>) => void;
  },
): void {
  describe(`${options.name} transport conformance`, () => {
    let emulator: E | undefined;
    const handle: TestServerHandle<E> = {
      get server() {
        if (emulator === undefined) throw new Error('The emulator runs only inside the tests.');
        return emulator;
      },
    };
    beforeAll(async () => {
      emulator = await options.emulator.start();
    });
    afterEach(async () => {
      if (emulator !== undefined) await options.emulator.reset(emulator);
    });
    afterAll(async () => {
      if (emulator !== undefined) await options.emulator.stop(emulator);
      emulator = undefined;
    });
    for (const conformanceCase of transportConformanceCases(options)) {
      it(conformanceCase.name, () => conformanceCase.run(handle.server));
    }
    options.additionalTests?.(handle);
  });
}

/**
 * The store conformance suite, as vitest tests: `testStores({ name, create, close })`.
 * `create` gets the clock to run the stores on; the cases of stores it leaves out are
 * skipped. One set of stores serves every case of the block.
 */
export function testStores<S extends ConformanceStores>(options: StoreConformanceOptions<S>): void {
  describe(`${options.name} store conformance`, () => {
    const clock = conformanceClock();
    let stores: S | undefined;
    beforeAll(async () => {
      stores = await options.create(clock.now);
    });
    afterAll(async () => {
      if (stores !== undefined) await options.close?.(stores);
      stores = undefined;
    });
    for (const conformanceCase of storeConformanceCases()) {
      it(`${conformanceCase.store}: ${conformanceCase.name}`, async (context) => {
        if (stores === undefined) throw new Error('The stores were not made (see beforeAll).');
        if (stores[conformanceCase.store] === undefined) context.skip();
        await conformanceCase.run(stores, clock);
      });
    }
  });
}

/**
 * The cursor store contract of `watchBounces`, as vitest tests:
 * `testCursorStore({ name, create, reopen })`. The case that shares a cursor between two
 * stores runs only with `reopen`.
 */
export function testCursorStore(options: CursorStoreConformanceOptions): void {
  describe(`${options.name} cursor store conformance`, () => {
    for (const conformanceCase of cursorStoreConformanceCases()) {
      it(conformanceCase.name, async (context) => {
        if (conformanceCase.shared && !options.reopen) context.skip();
        const store = await options.create();
        const reopen = options.reopen;
        await conformanceCase.run(store, reopen ? async () => reopen() : undefined);
      });
    }
  });
}

/**
 * The SES event endpoint suite, as vitest tests: `testSesWebhookEndpoint({ name, mount })`.
 * `mount` serves the host's own route (Express, Fastify, Hono, …) on the gate it is given;
 * the suite signs notifications with a test CA and checks suppression, forgery and replay.
 */
export function testSesWebhookEndpoint(options: SesWebhookConformanceOptions): void {
  describe(`${options.name} SES webhook conformance`, () => {
    let signer: SnsSigner | undefined;
    beforeAll(async () => {
      signer = await createSnsSigner();
    });
    afterAll(async () => {
      await signer?.close();
      signer = undefined;
    });
    for (const conformanceCase of sesWebhookConformanceCases()) {
      it(conformanceCase.name, async () => {
        if (signer === undefined) throw new Error('The signer was not made (see beforeAll).');
        await conformanceCase.run(signer, options);
      });
    }
  });
}

export type {
  CursorStoreConformanceCase,
  CursorStoreConformanceOptions,
  CursorStoreLike,
} from './conformance/cursor-store-conformance';
export type { ConformanceStores } from './conformance/mailing-store-conformance';
export type {
  MountedSesWebhook,
  SesWebhookConformanceOptions,
  SesWebhookMount,
} from './conformance/ses-webhook-conformance';
export type {
  ConformanceClock,
  StoreConformanceCase,
  StoreConformanceOptions,
} from './conformance/store-conformance';
export type {
  ConformanceAddresses,
  ConformanceEmulator,
  Scenario,
  ScenarioContext,
  ScenarioSetup,
  TransportConformanceOptions,
} from './conformance/transport-conformance';
export { conformanceAddresses } from './conformance/transport-conformance';
